package org.limber.pack.loader.internal.parse;

import java.util.List;

/** An entry of a pack document's {@code templates} (format 2); exercise ids are local to the pack. */
record TemplateEntry(String id, String name, String summary, RangeEntry minutes, List<String> phases,
                     List<String> advice, List<SectionEntry> sections, List<String> sources) {
    TemplateEntry {
        phases = Lists.orEmpty(phases);
        advice = Lists.orEmpty(advice);
        sections = Lists.orEmpty(sections);
        sources = Lists.orEmpty(sources);
    }

    record SectionEntry(String kind, String title, List<ItemEntry> items) {
        SectionEntry {
            items = Lists.orEmpty(items);
        }
    }

    /** Numbers are long so that an out-of-range value binds and the schema, not the binder, reports it. */
    record ItemEntry(String exerciseId, Long holdSeconds, Long reps, Long sets, Boolean perSide, Long restSeconds,
                     Long minutes, String note) {
    }
}
