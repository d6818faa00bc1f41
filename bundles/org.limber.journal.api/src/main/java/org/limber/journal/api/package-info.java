/**
 * The pain journal: what a user did and how their pain behaved, and what their own data suggests. Every record
 * belongs to one user; every method takes that user's id and never reaches another user's records.
 */
@Export
@Version("1.1.0")
package org.limber.journal.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
