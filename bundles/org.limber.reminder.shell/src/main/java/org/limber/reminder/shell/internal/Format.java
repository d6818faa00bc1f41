package org.limber.reminder.shell.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the commands print days, times and instants. */
final class Format {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private Format() {
    }

    static String days(Collection<DayOfWeek> days) {
        if (days.isEmpty()) {
            return "-";
        }
        if (days.size() == 7) {
            return "daily";
        }
        return Stream.of(DayOfWeek.values()).filter(days::contains)
                .map(day -> day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    static String times(List<LocalTime> times) {
        return times.isEmpty() ? "-" : times.stream().map(LocalTime::toString).collect(Collectors.joining(" "));
    }

    /** In the user's zone, e.g. "Mon 2026-11-23 07:15". */
    static String at(Instant instant, String zone) {
        if (instant == null) {
            return "-";
        }
        try {
            return LOCAL.format(instant.atZone(zone == null ? ZoneId.of("UTC") : ZoneId.of(zone)));
        } catch (DateTimeException e) {
            return instant.toString();
        }
    }
}
