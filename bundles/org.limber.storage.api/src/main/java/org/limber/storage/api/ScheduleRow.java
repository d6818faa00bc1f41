package org.limber.storage.api;

import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;

/** One routine's reminder plan with everything the engine needs to decide what happens when it falls due. */
public record ScheduleRow(long userId, String username, long routineId, String routineName, ReminderPlan plan,
                          ScheduleState state, ReminderPreferences preferences) {
}
