/** The exercise catalog service and the pack inventory. */
@Export
@Version("1.2.0")
package org.limber.catalog.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
