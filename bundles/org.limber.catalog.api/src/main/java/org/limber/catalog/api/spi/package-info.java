/** The extension point through which packs reach the catalog. */
@Export
@Version("1.0.0")
package org.limber.catalog.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
