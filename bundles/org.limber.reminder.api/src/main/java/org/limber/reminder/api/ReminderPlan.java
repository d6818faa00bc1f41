package org.limber.reminder.api;

import java.time.LocalTime;
import java.util.List;

/**
 * The reminders of one routine. They fire at each time on the routine's planned days, in the user's time zone.
 *
 * @param times      local times of day, at most 12, sorted
 * @param channelIds the channels to remind through (a channel that is not installed now keeps its reminders
 *                   waiting)
 * @param enabled    false pauses them without forgetting them
 */
public record ReminderPlan(long routineId, List<LocalTime> times, List<String> channelIds, boolean enabled) {
    public ReminderPlan {
        times = times == null ? List.of() : List.copyOf(times);
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
    }
}
