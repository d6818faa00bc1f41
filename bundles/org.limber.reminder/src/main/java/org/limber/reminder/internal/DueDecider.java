package org.limber.reminder.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;

/**
 * What happens when a plan falls due, as a pure function of the plan's row and the time.
 * <ul>
 * <li>The reminder that fell due is the latest one at or before now: the last occurrence (after quiet hours) since
 * the plan's due time, or a snooze that ran out, whichever is later. Several missed occurrences (Limber was down)
 * thus make one reminder at most.</li>
 * <li>It is sent only if now is at most the catch-up window after it (on-time claims are milliseconds late), the
 * plan has channels, and the routine was not done within its window: done at or after the window's start, which is
 * the later of the previous occurrence and three hours before it (a session at 18:30 silences 19:00; a snoozed
 * reminder stops once the session is logged).</li>
 * <li>The plan's next due time becomes the first occurrence after now, or a snooze still pending if sooner.</li>
 * </ul>
 */
final class DueDecider {
    static final Duration DONE_WINDOW = Duration.ofHours(3);

    private final Duration catchUp;
    private final ReminderTexts texts;
    private final ExerciseNames exerciseNames;

    DueDecider(Duration catchUp, ReminderTexts texts, ExerciseNames exerciseNames) {
        this.catchUp = catchUp;
        this.texts = texts;
        this.exerciseNames = exerciseNames;
    }

    DueDecision decide(ScheduleRow row, Instant now) {
        ReminderPreferences preferences = Schedules.preferences(row);
        PlanSchedule schedule = Schedules.of(row.state().days(), row.plan().times(), preferences);
        ScheduleState state = row.state();
        Instant due = state.nextDue() == null ? now : state.nextDue();
        Instant snooze = state.snoozeUntil();

        Instant fired = schedule.previous(now.plusNanos(1));
        if (fired != null && fired.isBefore(due)) {
            fired = null; // handled by an earlier claim
        }
        if (snooze != null && !snooze.isAfter(now) && (fired == null || snooze.isAfter(fired))) {
            fired = snooze;
        }
        if (fired == null) {
            fired = due; // no longer on the schedule (its times changed): judged as it stood
        }
        Instant pendingSnooze = snooze != null && snooze.isAfter(now) ? snooze : null;
        Instant nextDue = Schedules.earlier(schedule.next(now), pendingSnooze);
        DueDecision.Send send = shouldSend(row, schedule, fired, now) ? send(row, preferences, schedule.zone(), fired)
                : null;
        return new DueDecision(nextDue, pendingSnooze, send);
    }

    private boolean shouldSend(ScheduleRow row, PlanSchedule schedule, Instant fired, Instant now) {
        if (row.plan().channelIds().isEmpty() || !row.plan().enabled()) {
            return false;
        }
        if (Duration.between(fired, now).compareTo(catchUp) > 0) {
            return false;
        }
        return !doneWithin(schedule, fired, row.state().doneAt());
    }

    /** Whether a session marked done at {@code doneAt} already covers the reminder falling at {@code fired}. */
    static boolean doneWithin(PlanSchedule schedule, Instant fired, Instant doneAt) {
        if (doneAt == null) {
            return false;
        }
        Instant start = fired.minus(DONE_WINDOW);
        Instant previous = schedule.previous(fired);
        if (previous != null && previous.isAfter(start)) {
            start = previous;
        }
        return !doneAt.isBefore(start);
    }

    private DueDecision.Send send(ScheduleRow row, ReminderPreferences preferences, ZoneId zone, Instant fired) {
        List<String> names = preferences.detailedText() ? exerciseNames.of(row.userId(), row.routineId()) : List.of();
        return new DueDecision.Send(fired, fired.atZone(zone).toLocalDate(), preferences.dailyCap(), texts.title(),
                texts.text(row.routineName(), names), texts.link(row.routineId()));
    }
}
