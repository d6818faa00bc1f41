/** The exercise model: immutable records shared by the catalog, packs and their clients. */
@Export
@Version("1.1.0")
package org.limber.catalog.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
