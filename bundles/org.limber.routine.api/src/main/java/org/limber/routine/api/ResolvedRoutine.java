package org.limber.routine.api;

import java.util.List;

/** A routine ready to play: sections with resolved items, and the rules that apply now. */
public record ResolvedRoutine(Routine routine, List<ResolvedSection> sections, List<RoutineWarning> warnings) {
    public ResolvedRoutine {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }
}
