package org.limber.pack.loader.internal.parse;

import java.util.List;

/**
 * A pack document as written (format version 1 or 2; {@code templates} only in 2): the file's shape, not the
 * catalog's.
 */
record PackDocument(Integer schemaVersion, String id, String version, String name, String description,
                    String license, String language, String phaseBasis, List<SourceEntry> sources,
                    List<ExerciseEntry> exercises, List<ArticleEntry> guidance,
                    List<IllustrationEntry> illustrations, List<TemplateEntry> templates) {
    PackDocument {
        sources = Lists.orEmpty(sources);
        exercises = Lists.orEmpty(exercises);
        guidance = Lists.orEmpty(guidance);
        illustrations = Lists.orEmpty(illustrations);
        templates = Lists.orEmpty(templates);
    }
}
