package org.limber.routine.api;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * A routine as the user edits it.
 *
 * @param name              1 to 100 characters
 * @param notes             at most 2000 characters, or null
 * @param days              the days of the week it is planned for (reminders fire on these); empty = not planned
 * @param sections          in order, at most 10, each at most 30 items
 * @param keptDespiteStop   exercise ids the user's journal flags "stop this one" that the user chose to keep
 */
public record RoutineData(String name, String notes, Set<DayOfWeek> days, List<RoutineSection> sections,
                          Set<String> keptDespiteStop) {
    public RoutineData {
        days = days == null ? Set.of() : Set.copyOf(days);
        sections = sections == null ? List.of() : List.copyOf(sections);
        keptDespiteStop = keptDespiteStop == null ? Set.of() : Set.copyOf(keptDespiteStop);
    }
}
