package org.limber.reminder.rest.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.reminder.api.UpcomingReminder;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.rest.internal.Shapes.AttemptJson;
import org.limber.reminder.rest.internal.Shapes.DeliveryJson;
import org.limber.reminder.rest.internal.Shapes.OutcomeJson;
import org.limber.reminder.rest.internal.Shapes.PlanJson;
import org.limber.reminder.rest.internal.Shapes.PlanOutJson;
import org.limber.reminder.rest.internal.Shapes.PreferencesJson;
import org.limber.reminder.rest.internal.Shapes.UpcomingJson;
import org.limber.rest.ProblemException;
import org.limber.routine.api.Routine;

/** Between the JSON shapes and the reminder API; a malformed time is a 400 naming its JSON pointer. */
final class Convert {
    private Convert() {
    }

    static ReminderPlan plan(long routineId, PlanJson json) {
        if (json == null) {
            throw ProblemException.status(400, "Invalid request", "The body must be a reminder plan object");
        }
        List<LocalTime> times = new ArrayList<>();
        List<String> given = json.times() == null ? List.of() : json.times();
        for (int i = 0; i < given.size(); i++) {
            times.add(time("/times/" + i, given.get(i)));
        }
        List<String> channels = json.channelIds() == null ? List.of() : json.channelIds();
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i) == null) {
                // The plan record copies the list, which refuses nulls.
                throw Calls.invalidField("/channelIds/" + i, "Must be a channel id");
            }
        }
        return new ReminderPlan(routineId, times, channels, json.enabled() == null || json.enabled());
    }

    static PlanOutJson plan(ReminderPlan plan, Routine routine) {
        return new PlanOutJson(plan.routineId(), routine == null ? null : routine.name(),
                routine == null ? List.of() : routine.days().stream().sorted()
                        .map(day -> day.name().toLowerCase(Locale.ROOT)).toList(),
                plan.times().stream().map(Convert::time).toList(), plan.channelIds(), plan.enabled());
    }

    static UpcomingJson upcoming(UpcomingReminder upcoming) {
        return new UpcomingJson(upcoming.routineId(), upcoming.routineName(), instant(upcoming.at()),
                upcoming.snoozed());
    }

    static ReminderPreferences preferences(PreferencesJson json, ReminderPreferences current) {
        if (json == null) {
            throw ProblemException.status(400, "Invalid request", "The body must be a preferences object");
        }
        return new ReminderPreferences(json.timeZone() == null ? current.timeZone() : json.timeZone(),
                json.quietFrom() == null || json.quietFrom().isEmpty() ? null : time("/quietFrom", json.quietFrom()),
                json.quietUntil() == null || json.quietUntil().isEmpty() ? null
                        : time("/quietUntil", json.quietUntil()),
                json.dailyCap(), json.snoozeMinutes() == null ? current.snoozeMinutes() : json.snoozeMinutes(),
                json.detailedText() == null ? current.detailedText() : json.detailedText());
    }

    static PreferencesJson preferences(ReminderPreferences preferences) {
        return new PreferencesJson(preferences.timeZone(), time(preferences.quietFrom()),
                time(preferences.quietUntil()), preferences.dailyCap(), preferences.snoozeMinutes(),
                preferences.detailedText());
    }

    static DeliveryJson delivery(Delivery delivery) {
        return new DeliveryJson(delivery.id(), delivery.routineId(), delivery.routineName(), delivery.channelId(),
                instant(delivery.dueAt()), delivery.status().wireName(), delivery.attempts(),
                instant(delivery.nextAttemptAt()), delivery.lastError(), delivery.waiting(),
                delivery.attemptLog().stream().map(attempt -> new AttemptJson(instant(attempt.at()),
                        attempt.outcome(), attempt.detail(), attempt.durationMillis())).toList());
    }

    static OutcomeJson outcome(DeliveryOutcome outcome) {
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            return new OutcomeJson("delivered", delivered.detail());
        }
        DeliveryOutcome.Failed failed = (DeliveryOutcome.Failed) outcome;
        return new OutcomeJson(failed.retryable() ? "retryable" : "failed", failed.reason());
    }

    static LocalTime time(String at, String value) {
        try {
            if (value == null || !value.matches("\\d{2}:\\d{2}")) {
                throw new DateTimeParseException("not HH:MM", String.valueOf(value), 0);
            }
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw Calls.invalidField(at, "'" + value + "' is not a time of day such as 07:30");
        }
    }

    static String time(LocalTime time) {
        return time == null ? null : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** To the millisecond, as storage keeps instants: a time just computed reads the same as when read back. */
    static String instant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
