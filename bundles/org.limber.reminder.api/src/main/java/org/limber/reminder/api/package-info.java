/**
 * Reminders of a user's routines: times per routine, preferences (time zone, quiet hours, daily cap, snooze),
 * channel addresses, the delivery log and the calendar feed. Every method taking a user id stays within that user.
 */
@Export
@Version("1.0.0")
package org.limber.reminder.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
