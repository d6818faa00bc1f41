package org.limber.routine.api;

import java.util.List;

/** A section of a routine: its kind, a title (defaults to the kind's name in the UI) and its items in order. */
public record RoutineSection(SectionKind kind, String title, List<RoutineItem> items) {
    public RoutineSection {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
