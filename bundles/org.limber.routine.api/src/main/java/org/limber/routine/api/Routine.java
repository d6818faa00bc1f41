package org.limber.routine.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A stored routine; {@code templateId} names the pack template it was copied from, or is null. */
public record Routine(long id, String name, String notes, Set<DayOfWeek> days, List<RoutineSection> sections,
                      Set<String> keptDespiteStop, String templateId, Instant createdAt, Instant updatedAt) {
    public Routine {
        days = days == null ? Set.of() : Set.copyOf(days);
        sections = sections == null ? List.of() : List.copyOf(sections);
        keptDespiteStop = keptDespiteStop == null ? Set.of() : Set.copyOf(keptDespiteStop);
    }

    public RoutineData data() {
        return new RoutineData(name, notes, days, sections, keptDespiteStop);
    }
}
