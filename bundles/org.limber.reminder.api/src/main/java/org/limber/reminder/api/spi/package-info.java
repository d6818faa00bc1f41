/**
 * The reminder channel extension point: a channel is a service that delivers one reminder message to one
 * recipient and says whether it was delivered or failed, retryably or not. Channels come and go at runtime.
 */
@Export
@Version("1.0.0")
package org.limber.reminder.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
