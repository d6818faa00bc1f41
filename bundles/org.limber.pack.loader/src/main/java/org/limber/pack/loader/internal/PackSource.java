package org.limber.pack.loader.internal;

import java.time.Instant;
import java.util.List;

import org.limber.catalog.api.PackProblem;
import org.limber.catalog.api.PackRecord.SourceKind;
import org.limber.catalog.api.model.PackContent;

/**
 * What one source of pack data (a bundle, or a file wrapped into one) currently offers.
 *
 * @param key      stable identity of the source (the bundle id)
 * @param kind     a bundle or a bare file
 * @param name     what a person calls it: the file name, or the bundle's symbolic name and version
 * @param arrival  order of first appearance; on equal versions the earlier source wins
 * @param offer    what it offers now
 * @param at       when it reached this state
 */
record PackSource(long key, SourceKind kind, String name, long arrival, Offer offer, Instant at) {

    /** The pack id this source is about, when known: its content's, its rejected header's, or null. */
    String packId() {
        return offer.packId();
    }

    sealed interface Offer {
        String packId();
    }

    /**
     * A valid pack.
     *
     * @param selfContained the pack document with every illustration inlined, kept as the last good copy
     * @param digest        fingerprint of the document, to tell a changed document of the same version
     */
    record Accepted(PackContent content, List<PackProblem> warnings, byte[] selfContained, String digest)
            implements Offer {
        @Override
        public String packId() {
            return content.info().id();
        }

        String version() {
            return content.info().version();
        }
    }

    /** A pack that cannot be used; {@code packId} is null when not even that could be read. */
    record Rejected(String packId, String version, List<PackProblem> problems) implements Offer {
    }

    /** A bundle that is installed but not resolved, or resolved but stopped: it offers nothing for now. */
    record Inactive(String packId, boolean resolved, List<PackProblem> problems) implements Offer {
    }
}
