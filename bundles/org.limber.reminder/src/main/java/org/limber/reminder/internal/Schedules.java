package org.limber.reminder.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;

/** Building schedules from stored plans and preferences, and the next due times that follow from them. */
final class Schedules {
    private Schedules() {
    }

    static ReminderPreferences preferences(ScheduleRow row) {
        return row.preferences() == null ? ReminderPreferences.defaults() : row.preferences();
    }

    /** The preference's zone; a stored zone that this Java no longer knows falls back to UTC rather than failing. */
    static ZoneId zone(ReminderPreferences preferences) {
        try {
            return preferences.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(preferences.timeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static PlanSchedule of(Set<DayOfWeek> days, List<LocalTime> times, ReminderPreferences preferences) {
        return new PlanSchedule(days, times, zone(preferences),
                QuietHours.of(preferences.quietFrom(), preferences.quietUntil()));
    }

    /**
     * The state after a change of the plan, its routine's days or the preferences: the next occurrence after now, or
     * the pending snooze if sooner; a snooze that has run out is dropped, doneAt is kept. With
     * {@code keepPendingDue}, a due time already reached but not yet claimed stays, so that the reminder is not lost
     * to a change made just as it fell due (the engine then judges it under the new schedule).
     */
    static ScheduleState recomputed(ScheduleState state, Set<DayOfWeek> days, List<LocalTime> times,
                                    ReminderPreferences preferences, Instant now, boolean keepPendingDue) {
        Instant snooze = state != null && state.snoozeUntil() != null && state.snoozeUntil().isAfter(now)
                ? state.snoozeUntil() : null;
        Instant due = state == null ? null : state.nextDue();
        Instant next = keepPendingDue && due != null && !due.isAfter(now) ? due
                : earlier(of(days, times, preferences).next(now), snooze);
        return new ScheduleState(days, next, snooze, state == null ? null : state.doneAt());
    }

    /** The earlier of two instants, either of which may be null (never). */
    static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
