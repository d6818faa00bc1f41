package org.limber.catalog.api;

import java.time.Instant;
import java.util.List;

/**
 * One source of pack data and what became of it.
 *
 * @param packId        the pack id it declares, or null when it could not be read
 * @param version       the version it declares, or null
 * @param name          the pack's display name, or null
 * @param state         what became of it
 * @param sourceKind    a bundle or a bare file
 * @param source        the file name, or the bundle's symbolic name and version
 * @param servingVersion the version actually serving for this pack id, when this source's own is not (a last good copy)
 * @param exerciseCount how many exercises it holds (0 when rejected)
 * @param updatedAt     when this state was reached
 * @param problems      what is wrong, empty for an active pack
 */
public record PackRecord(String packId, String version, String name, PackState state, SourceKind sourceKind,
                         String source, String servingVersion, int exerciseCount, Instant updatedAt,
                         List<PackProblem> problems) {
    public PackRecord {
        problems = List.copyOf(problems);
    }

    public enum SourceKind { BUNDLE, FILE }
}
