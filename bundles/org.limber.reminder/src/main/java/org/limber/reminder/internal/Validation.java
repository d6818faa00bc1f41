package org.limber.reminder.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.limber.reminder.api.ReminderException;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;

/** Checks what users send; each failure names its field as a JSON pointer. Times are kept to the minute. */
final class Validation {
    static final int MAX_TIMES = 12;
    static final int MAX_CHANNELS = 10;
    static final int MAX_CHANNEL_ID = 50;
    static final int MIN_SNOOZE = 5;
    static final int MAX_SNOOZE = 240;
    static final int MAX_CAP = 50;
    static final int MAX_ADDRESS = 500;
    static final int MAX_OPTION = 2000;

    private Validation() {
    }

    /** The plan with its times sorted and kept to the minute. */
    static ReminderPlan plan(long routineId, ReminderPlan plan) {
        if (plan == null) {
            throw ReminderException.invalid("", "A reminder plan is required");
        }
        if (plan.times().size() > MAX_TIMES) {
            throw ReminderException.invalid("/times", "At most " + MAX_TIMES + " reminder times a day");
        }
        List<LocalTime> times = new ArrayList<>();
        Set<LocalTime> seen = new HashSet<>();
        for (int i = 0; i < plan.times().size(); i++) {
            LocalTime time = plan.times().get(i);
            if (time == null) {
                throw ReminderException.invalid("/times/" + i, "A time is required");
            }
            time = time.truncatedTo(ChronoUnit.MINUTES);
            if (!seen.add(time)) {
                throw ReminderException.invalid("/times/" + i, "This time is already in the list");
            }
            times.add(time);
        }
        times.sort(null);
        channelIds(plan.channelIds());
        return new ReminderPlan(routineId, times, plan.channelIds(), plan.enabled());
    }

    private static void channelIds(List<String> ids) {
        if (ids.size() > MAX_CHANNELS) {
            throw ReminderException.invalid("/channelIds", "At most " + MAX_CHANNELS + " channels");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!validChannelId(id)) {
                throw ReminderException.invalid("/channelIds/" + i, "Not a channel id (lower-case words joined by -)");
            }
            if (!seen.add(id)) {
                throw ReminderException.invalid("/channelIds/" + i, "This channel is already in the list");
            }
        }
    }

    static boolean validChannelId(String id) {
        return id != null && id.length() <= MAX_CHANNEL_ID && ReminderEngine.CHANNEL_ID.matcher(id).matches();
    }

    /** The preferences with the quiet hours kept to the minute. */
    static ReminderPreferences preferences(ReminderPreferences preferences) {
        if (preferences == null) {
            throw ReminderException.invalid("", "Preferences are required");
        }
        String zone = preferences.timeZone();
        if (zone == null || zone.isBlank()) {
            throw ReminderException.invalid("/timeZone", "A time zone is required");
        }
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw ReminderException.invalid("/timeZone", "Not a time zone (an IANA name such as Europe/Berlin)");
        }
        LocalTime from = preferences.quietFrom();
        LocalTime until = preferences.quietUntil();
        if ((from == null) != (until == null)) {
            throw ReminderException.invalid(from == null ? "/quietFrom" : "/quietUntil",
                    "Quiet hours need both a start and an end");
        }
        if (from != null) {
            from = from.truncatedTo(ChronoUnit.MINUTES);
            until = until.truncatedTo(ChronoUnit.MINUTES);
            if (from.equals(until)) {
                throw ReminderException.invalid("/quietUntil", "Quiet hours must end at another time than they start");
            }
        }
        Integer cap = preferences.dailyCap();
        if (cap != null && (cap < 1 || cap > MAX_CAP)) {
            throw ReminderException.invalid("/dailyCap", "A daily cap is 1 to " + MAX_CAP + ", or none");
        }
        int snooze = preferences.snoozeMinutes();
        if (snooze < MIN_SNOOZE || snooze > MAX_SNOOZE) {
            throw ReminderException.invalid("/snoozeMinutes", "Snooze is " + MIN_SNOOZE + " to " + MAX_SNOOZE
                    + " minutes");
        }
        return new ReminderPreferences(zone, from, until, cap, snooze, preferences.detailedText());
    }

    /** A snooze asked for now: 1 minute to a day. */
    static int snoozeMinutes(Integer minutes, int preferred) {
        if (minutes == null) {
            return preferred;
        }
        if (minutes < 1 || minutes > 1440) {
            throw ReminderException.invalid("/minutes", "Snooze is 1 to 1440 minutes");
        }
        return minutes;
    }

    static void limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ReminderException.invalid("limit", "The limit is 1 to " + max);
        }
    }

    /** The address stripped; options checked against the channel's keys. */
    static String address(String address, boolean needed, Map<String, String> options, List<String> optionKeys) {
        String stripped = address == null ? null : address.strip();
        if (stripped != null && stripped.isEmpty()) {
            stripped = null;
        }
        if (needed && stripped == null) {
            throw ReminderException.invalid("/address", "An address is required for this channel");
        }
        if (stripped != null && stripped.length() > MAX_ADDRESS) {
            throw ReminderException.invalid("/address", "At most " + MAX_ADDRESS + " characters");
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (!optionKeys.contains(option.getKey())) {
                throw ReminderException.invalid("/options/" + option.getKey(), "Not an option of this channel");
            }
            if (option.getValue() == null || option.getValue().length() > MAX_OPTION) {
                throw ReminderException.invalid("/options/" + option.getKey(), "A value of at most " + MAX_OPTION
                        + " characters is required");
            }
        }
        return stripped;
    }
}
