package org.limber.catalog.api.model;

import java.util.List;
import java.util.Map;

/**
 * The validated content of one pack.
 *
 * @param info          what the pack says about itself
 * @param exercises     its exercises, ids already pack-qualified
 * @param guidance      its guidance articles, ids already pack-qualified
 * @param illustrations SVG documents by pack-qualified image id, already checked to be free of script
 * @param templates     its routine templates, ids already pack-qualified (pack format 2 and later)
 */
public record PackContent(PackInfo info, List<Exercise> exercises, List<GuidanceArticle> guidance,
                          Map<String, String> illustrations, List<RoutineTemplate> templates) {
    public PackContent {
        exercises = List.copyOf(exercises);
        guidance = List.copyOf(guidance);
        illustrations = Map.copyOf(illustrations);
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    /** A pack without routine templates. */
    public PackContent(PackInfo info, List<Exercise> exercises, List<GuidanceArticle> guidance,
                       Map<String, String> illustrations) {
        this(info, exercises, guidance, illustrations, List.of());
    }
}
