package org.limber.reminder.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The VTIMEZONE of a zone, from Java's own time-zone rules, valid from a given instant on: the observance in force
 * then, any fixed transitions still to come, and the zone's yearly rules as RRULEs (or, for the few rules an RRULE
 * cannot say, their dates for the next 30 years).
 */
final class VTimeZones {
    static final int RDATE_YEARS = 30;

    private VTimeZones() {
    }

    static void write(IcsWriter ics, ZoneId zone, Instant from) {
        ZoneRules rules = zone.getRules();
        ics.line("BEGIN", "VTIMEZONE");
        ics.line("TZID", zone.getId());
        if (rules.isFixedOffset()) {
            ZoneOffset offset = rules.getOffset(from);
            observance(ics, false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null, List.of());
        } else {
            transitions(ics, rules, from);
        }
        ics.line("END", "VTIMEZONE");
    }

    private static void transitions(IcsWriter ics, ZoneRules rules, Instant from) {
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> fixed = rules.getTransitions();
        Instant lastFixed = fixed.isEmpty() ? Instant.MIN : fixed.get(fixed.size() - 1).getInstant();
        ZoneOffsetTransition current = rules.previousTransition(from.plusNanos(1));
        if (current == null) {
            ZoneOffset offset = rules.getOffset(from);
            observance(ics, false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null, List.of());
        } else if (!current.getInstant().isAfter(lastFixed)) {
            // In force since a fixed transition; one made by the yearly rules is written with them below.
            observance(ics, rules, current);
        }
        for (ZoneOffsetTransition transition : fixed) {
            if (transition.getInstant().isAfter(from)) {
                observance(ics, rules, transition);
            }
        }
        if (yearly.isEmpty()) {
            return;
        }
        int year = current == null ? from.atZone(ZoneOffset.UTC).getYear()
                : current.getDateTimeBefore().getYear();
        for (ZoneOffsetTransitionRule rule : yearly) {
            int first = year;
            while (!rule.createTransition(first).getInstant().isAfter(lastFixed)) {
                first++;
            }
            yearlyObservance(ics, rule, first);
        }
    }

    private static void observance(IcsWriter ics, ZoneRules rules, ZoneOffsetTransition transition) {
        boolean daylight = !rules.getStandardOffset(transition.getInstant()).equals(transition.getOffsetAfter());
        observance(ics, daylight, transition.getDateTimeBefore(), transition.getOffsetBefore(),
                transition.getOffsetAfter(), null, List.of());
    }

    private static void yearlyObservance(IcsWriter ics, ZoneOffsetTransitionRule rule, int firstYear) {
        ZoneOffsetTransition first = rule.createTransition(firstYear);
        boolean daylight = !rule.getStandardOffset().equals(rule.getOffsetAfter());
        String rrule = rrule(rule);
        List<LocalDateTime> dates = new ArrayList<>();
        if (rrule == null) {
            for (int year = firstYear + 1; year <= firstYear + RDATE_YEARS; year++) {
                dates.add(rule.createTransition(year).getDateTimeBefore());
            }
        }
        observance(ics, daylight, first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(), rrule,
                dates);
    }

    private static void observance(IcsWriter ics, boolean daylight, LocalDateTime start, ZoneOffset from,
                                   ZoneOffset to, String rrule, List<LocalDateTime> dates) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        ics.line("BEGIN", kind);
        ics.line("DTSTART", IcsWriter.local(start));
        ics.line("TZOFFSETFROM", IcsWriter.offset(from));
        ics.line("TZOFFSETTO", IcsWriter.offset(to));
        if (rrule != null) {
            ics.line("RRULE", rrule);
        }
        for (LocalDateTime date : dates) {
            ics.line("RDATE", IcsWriter.local(date));
        }
        ics.line("END", kind);
    }

    /** The rule as an RRULE, or null when it needs dates listed. */
    static String rrule(ZoneOffsetTransitionRule rule) {
        int month = rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek dayOfWeek = rule.getDayOfWeek();
        if (rule.isMidnightEndOfDay()) {
            // 24:00 is 00:00 of the next day: the same pattern one day later, when that stays in the month
            if (day < 0 || day + 7 > 28) {
                return null;
            }
            day++;
            dayOfWeek = dayOfWeek == null ? null : dayOfWeek.plus(1);
            if (dayOfWeek == null) {
                return base(month) + ";BYMONTHDAY=" + day;
            }
            return base(month) + ";BYDAY=" + abbreviation(dayOfWeek) + ";BYMONTHDAY=" + days(day, 1);
        }
        if (dayOfWeek == null) {
            return base(month) + ";BYMONTHDAY=" + day;
        }
        if (day > 0) {
            if ((day - 1) % 7 == 0 && day <= 22) {
                return base(month) + ";BYDAY=" + ((day - 1) / 7 + 1) + abbreviation(dayOfWeek);
            }
            return day + 6 > 28 ? null : base(month) + ";BYDAY=" + abbreviation(dayOfWeek) + ";BYMONTHDAY=" + days(day, 1);
        }
        if (day == -1) {
            return base(month) + ";BYDAY=-1" + abbreviation(dayOfWeek);
        }
        return day - 6 < -28 ? null : base(month) + ";BYDAY=" + abbreviation(dayOfWeek) + ";BYMONTHDAY=" + days(day, -1);
    }

    private static String base(int month) {
        return "FREQ=YEARLY;BYMONTH=" + month;
    }

    private static String days(int first, int step) {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (i > 0) {
                days.append(',');
            }
            days.append(first + i * step);
        }
        return days.toString();
    }

    static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }
}
