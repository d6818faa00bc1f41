package org.limber.catalog.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Every pack source the loader knows of, good or bad, with its report. Provided by the pack loader. */
@ProviderType
public interface PackInventory {
    /** Posted on the OSGi Event Admin when a pack's state changes; property {@code packId} or {@code source}. */
    String TOPIC_CHANGED = "org/limber/packs/CHANGED";

    List<PackRecord> packs();

    /** The records of one pack id (its active source and any shadowed or rejected ones) or of one source file. */
    List<PackRecord> find(String packIdOrSource);
}
