package org.limber.storage.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;

/**
 * The scheduling state of one routine's reminders, kept by the reminder engine.
 *
 * @param days        the routine's planned days (copied here so claiming due reminders reads one table)
 * @param nextDue     when the plan next fires (the earlier of its next regular time and a snooze), or null: never
 * @param snoozeUntil a pending snooze, or null
 * @param doneAt      when the user last marked the routine's session done, or null
 */
public record ScheduleState(Set<DayOfWeek> days, Instant nextDue, Instant snoozeUntil, Instant doneAt) {
    public ScheduleState {
        days = days == null ? Set.of() : Set.copyOf(days);
    }
}
