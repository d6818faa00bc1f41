/**
 * Limber's durable storage. The storage bundle owns the database, its SQL dialects and its schema; other bundles
 * see only the services of this package.
 */
@Export
@Version("1.2.0")
package org.limber.storage.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
