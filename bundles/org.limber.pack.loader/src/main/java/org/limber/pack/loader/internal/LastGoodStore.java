package org.limber.pack.loader.internal;

import java.util.Optional;

import org.limber.catalog.api.model.PackContent;

/** Keeps the last good copy of each pack, so a bad update keeps the previous version serving, even after a restart. */
interface LastGoodStore {
    void save(String packId, String digest, byte[] selfContained);

    Optional<PackContent> load(String packId);

    void delete(String packId);
}
