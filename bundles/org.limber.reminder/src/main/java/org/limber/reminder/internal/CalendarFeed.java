package org.limber.reminder.internal;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.ScheduleRow;

/**
 * A user's reminders as an iCalendar feed (RFC 5545) for phone calendars: one weekly event per plan and time, on the
 * routine's days, in the user's time zone (with its VTIMEZONE), ten minutes long, named after the routine. It reveals
 * only routine names and times. Quiet hours, snoozes and the daily cap are left out: a calendar shows the plan.
 * <p>
 * Written by hand rather than with a library: the one maintained Java iCalendar library (ical4j 4) needs five more
 * bundles in Karaf (Caffeine, commons-lang3, commons-codec, threeten-extra) and finds its parts through
 * ServiceLoader, for what is here forty lines of text. The tests parse the feed back with ical4j.
 */
final class CalendarFeed {
    static final String DURATION = "PT10M";
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final String publicUrl;
    private final String host;

    CalendarFeed(String publicUrl) {
        this.publicUrl = publicUrl;
        String parsed;
        try {
            parsed = URI.create(publicUrl).getHost();
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        this.host = parsed == null ? "limber" : parsed;
    }

    String write(List<ScheduleRow> rows, ReminderPreferences preferences, Instant now) {
        ZoneId zone = Schedules.zone(preferences);
        boolean utc = zone.getRules().isFixedOffset() && zone.getRules().getOffset(now).getTotalSeconds() == 0;
        IcsWriter ics = new IcsWriter();
        ics.line("BEGIN", "VCALENDAR");
        ics.line("VERSION", "2.0");
        ics.line("PRODID", "-//Limber//Reminders//EN");
        ics.line("CALSCALE", "GREGORIAN");
        ics.line("METHOD", "PUBLISH");
        ics.text("NAME", "Limber");
        ics.text("X-WR-CALNAME", "Limber");
        ics.line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        ics.line("X-PUBLISHED-TTL", "PT1H");
        List<ScheduleRow> planned = rows.stream().filter(row -> row.plan().enabled() && !row.state().days().isEmpty()
                && !row.plan().times().isEmpty()).toList();
        if (!utc && !planned.isEmpty()) {
            VTimeZones.write(ics, zone, now);
        }
        for (ScheduleRow row : planned) {
            for (LocalTime time : row.plan().times()) {
                event(ics, row, time, zone, utc, now);
            }
        }
        ics.line("END", "VCALENDAR");
        return ics.toString();
    }

    private void event(IcsWriter ics, ScheduleRow row, LocalTime time, ZoneId zone, boolean utc, Instant now) {
        Set<DayOfWeek> days = row.state().days();
        LocalDateTime start = firstAfter(days, time, zone, now);
        ics.line("BEGIN", "VEVENT");
        ics.line("UID", "limber-routine-" + row.routineId() + "-" + HHMM.format(time) + "@" + host);
        ics.line("DTSTAMP", IcsWriter.utc(now));
        if (utc) {
            ics.line("DTSTART", IcsWriter.local(start) + "Z");
        } else {
            ics.line("DTSTART;TZID=" + zone.getId(), IcsWriter.local(start));
        }
        ics.line("DURATION", DURATION);
        ics.line("RRULE", "FREQ=WEEKLY;BYDAY=" + Stream.of(DayOfWeek.values()).filter(days::contains)
                .map(VTimeZones::abbreviation).collect(Collectors.joining(",")));
        ics.text("SUMMARY", row.routineName());
        ics.line("URL", publicUrl + "/routines/" + row.routineId() + "/play");
        ics.line("TRANSP", "TRANSPARENT");
        ics.line("END", "VEVENT");
    }

    /** The local date and time of the first occurrence of {@code time} on a planned day after now. */
    static LocalDateTime firstAfter(Set<DayOfWeek> days, LocalTime time, ZoneId zone, Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int i = 0; i <= 8; i++, day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek()) && ZonedDateTime.of(day, time, zone).toInstant().isAfter(now)) {
                return LocalDateTime.of(day, time);
            }
        }
        throw new IllegalArgumentException("no planned day");
    }
}
