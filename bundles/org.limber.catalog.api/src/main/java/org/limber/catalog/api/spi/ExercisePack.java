package org.limber.catalog.api.spi;

import org.limber.catalog.api.model.PackContent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A pack of exercises and guidance, registered as an OSGi service. The catalog tracks every registered pack and
 * rebuilds its snapshot when one comes, goes or is replaced. Register it with the service properties
 * {@link #PACK_ID} and {@link #PACK_VERSION}.
 */
@ConsumerType
public interface ExercisePack {
    String PACK_ID = "limber.pack.id";
    String PACK_VERSION = "limber.pack.version";

    /** The pack's validated content; called by the catalog whenever it rebuilds, so return a value you hold. */
    PackContent content();
}
