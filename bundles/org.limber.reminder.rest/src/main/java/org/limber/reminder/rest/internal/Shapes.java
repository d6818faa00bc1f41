package org.limber.reminder.rest.internal;

import java.util.List;
import java.util.Map;

/** The JSON of the reminder resources: times as "HH:MM", days as lower-case weekday names, instants as ISO-8601. */
final class Shapes {
    private Shapes() {
    }

    record PlanJson(List<String> times, List<String> channelIds, Boolean enabled) {
    }

    record PlanOutJson(long routineId, String routineName, List<String> days, List<String> times,
                       List<String> channelIds, boolean enabled) {
    }

    record UpcomingJson(long routineId, String routineName, String at, boolean snoozed) {
    }

    record PreferencesJson(String timeZone, String quietFrom, String quietUntil, Integer dailyCap,
                           Integer snoozeMinutes, Boolean detailedText) {
    }

    record AddressJson(String address, Map<String, String> options) {
    }

    record AttemptJson(String at, String outcome, String detail, long durationMillis) {
    }

    record DeliveryJson(long id, long routineId, String routineName, String channelId, String dueAt, String status,
                        int attempts, String nextAttemptAt, String lastError, boolean waiting,
                        List<AttemptJson> attemptLog) {
    }

    record SnoozeJson(Integer minutes) {
    }

    record OutcomeJson(String outcome, String detail) {
    }

    record OverviewJson(List<PlanOutJson> plans, List<UpcomingJson> upcoming, PreferencesJson preferences,
                        List<?> channels) {
    }
}
