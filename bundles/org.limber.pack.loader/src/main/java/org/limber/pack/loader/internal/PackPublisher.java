package org.limber.pack.loader.internal;

import java.util.Map;

import org.limber.catalog.api.model.PackContent;

/** Makes the catalog see exactly the given packs (by id); called after every change, with the whole desired set. */
interface PackPublisher {
    void publish(Map<String, PackContent> serving);
}
