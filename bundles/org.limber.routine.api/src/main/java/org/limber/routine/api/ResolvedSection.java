package org.limber.routine.api;

import java.util.List;

/** A section with its items resolved. */
public record ResolvedSection(SectionKind kind, String title, List<ResolvedItem> items) {
    public ResolvedSection {
        items = List.copyOf(items);
    }
}
