package org.limber.reminder.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.limber.reminder.api.UpcomingReminder;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;

/**
 * A plan's next reminders as the user will get them: its next due time (unless the session done already covers
 * it), a pending snooze, and the occurrences after them.
 */
final class Upcoming {
    private Upcoming() {
    }

    static List<UpcomingReminder> of(ScheduleRow row, int limit) {
        ScheduleState state = row.state();
        List<UpcomingReminder> upcoming = new ArrayList<>();
        if (state.nextDue() == null) {
            return upcoming;
        }
        PlanSchedule schedule = Schedules.of(state.days(), row.plan().times(), Schedules.preferences(row));
        Instant snooze = state.snoozeUntil();
        Instant at = state.nextDue();
        if (!at.equals(snooze) && DueDecider.doneWithin(schedule, at, state.doneAt())) {
            at = schedule.next(at);
        }
        boolean snoozeListed = false;
        while (at != null && upcoming.size() < limit) {
            if (snooze != null && !snoozeListed && !snooze.isAfter(at)) {
                snoozeListed = true;
                if (!snooze.equals(at)) {
                    upcoming.add(new UpcomingReminder(row.routineId(), row.routineName(), snooze, true));
                    continue;
                }
                upcoming.add(new UpcomingReminder(row.routineId(), row.routineName(), at, true));
            } else {
                upcoming.add(new UpcomingReminder(row.routineId(), row.routineName(), at, false));
            }
            at = schedule.next(at);
        }
        if (at == null && snooze != null && !snoozeListed && upcoming.size() < limit) {
            upcoming.add(new UpcomingReminder(row.routineId(), row.routineName(), snooze, true));
        }
        return upcoming;
    }
}
