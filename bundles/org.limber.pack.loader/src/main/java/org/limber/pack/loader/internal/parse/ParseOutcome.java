package org.limber.pack.loader.internal.parse;

import java.util.List;

import org.limber.catalog.api.PackProblem;
import org.limber.catalog.api.model.PackContent;

/** What became of a pack document: accepted whole, or rejected whole with every problem found. */
public sealed interface ParseOutcome {

    /** The pack is valid; {@code warnings} are worth telling its author but do not stop it loading. */
    record Accepted(PackContent content, List<PackProblem> warnings) implements ParseOutcome {
        public Accepted {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The pack cannot be loaded.
     *
     * @param packId  the pack's id if it could be read, else null
     * @param version the pack's version if it could be read, else null
     */
    record Rejected(String packId, String version, List<PackProblem> problems) implements ParseOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
