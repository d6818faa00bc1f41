package org.limber.reminder.api;

import java.time.Instant;

/** The next time a routine's reminder is due (already past quiet hours, snoozes and the days plan). */
public record UpcomingReminder(long routineId, String routineName, Instant at, boolean snoozed) {
}
