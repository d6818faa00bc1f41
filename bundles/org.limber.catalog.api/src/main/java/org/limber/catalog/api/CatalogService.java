package org.limber.catalog.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The exercise catalog: every exercise and guidance article of every active pack. Reads go through an immutable
 * {@link CatalogView}, so they never lock and a request sees one consistent revision.
 */
@ProviderType
public interface CatalogService {
    /** Posted on the OSGi Event Admin when the catalog changes; properties {@code revision} and {@code packs}. */
    String TOPIC_CHANGED = "org/limber/catalog/CHANGED";

    /** The current snapshot. */
    CatalogView current();
}
