package org.limber.reminder.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A user's quiet hours: from {@code from} (inclusive) to {@code until} (exclusive), local time; when {@code from} is
 * later than {@code until} they run across midnight.
 */
record QuietHours(LocalTime from, LocalTime until) {
    /** The quiet hours of these preferences, or null when there are none. */
    static QuietHours of(LocalTime from, LocalTime until) {
        return from == null || until == null || from.equals(until) ? null : new QuietHours(from, until);
    }

    boolean contains(LocalTime time) {
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until);
        }
        return !time.isBefore(from) || time.isBefore(until);
    }

    /** The end of the quiet hours that {@code at} lies in. */
    ZonedDateTime endAfter(ZonedDateTime at, ZoneId zone) {
        LocalDate day = at.toLocalDate();
        LocalDate endDay = at.toLocalTime().isBefore(until) ? day : day.plusDays(1);
        return ZonedDateTime.of(endDay, until, zone);
    }
}
