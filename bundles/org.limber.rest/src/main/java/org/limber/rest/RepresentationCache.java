package org.limber.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encoded answers by entity tag. A tag names one revision of the data and one request variant, so the bytes under
 * it never change: a popular query is serialized once per data revision instead of once per request. Bounded:
 * when full it is emptied (stale revisions then go with it).
 */
final class RepresentationCache {
    private final int maxEntries;
    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();

    RepresentationCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    byte[] get(String etag) {
        return entries.get(etag);
    }

    void put(String etag, byte[] bytes) {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(etag, bytes);
    }
}
