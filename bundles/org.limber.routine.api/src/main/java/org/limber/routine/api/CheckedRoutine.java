package org.limber.routine.api;

import java.util.List;

/** A saved routine and the rules that apply to it. */
public record CheckedRoutine(Routine routine, List<RoutineWarning> warnings) {
    public CheckedRoutine {
        warnings = List.copyOf(warnings);
    }
}
