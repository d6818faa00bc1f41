package org.limber.reminder.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * When one plan's reminders fall: at each local time on each planned day in the user's zone.
 * <p>
 * A local time is placed with {@link ZonedDateTime#of}: inside a spring-forward gap it fires shifted forward by the
 * gap's length (02:30 becomes 03:30 in Berlin), inside a fall-back overlap it fires once, at the earlier offset. A
 * regular occurrence inside quiet hours moves to their end, unless that is at or after the next regular occurrence:
 * then it is dropped. The moved ("adjusted") occurrences still rise strictly, so {@link #next} and {@link #previous}
 * walk one ordered sequence. No days or no times: never.
 */
final class PlanSchedule {
    private final Set<DayOfWeek> days;
    private final List<LocalTime> times;
    private final ZoneId zone;
    private final QuietHours quiet;
    /** Enough steps to cross a week of occurrences that are all dropped (then it never fires). */
    private final int maxSteps;

    PlanSchedule(Set<DayOfWeek> days, List<LocalTime> times, ZoneId zone, QuietHours quiet) {
        this.days = Set.copyOf(days);
        this.times = List.copyOf(times);
        this.zone = zone;
        this.quiet = quiet;
        this.maxSteps = 7 * this.times.size() + 2;
    }

    ZoneId zone() {
        return zone;
    }

    private boolean never() {
        return days.isEmpty() || times.isEmpty();
    }

    /** The first regular occurrence strictly after {@code after}, quiet hours ignored; null: never. */
    Instant regularAfter(Instant after) {
        if (never()) {
            return null;
        }
        // A day earlier too: a time shifted by a gap can land after the start of the next day's first times.
        LocalDate start = after.atZone(zone).toLocalDate().minusDays(1);
        Instant best = null;
        LocalDate bestDay = null;
        for (int i = 0; i <= 9; i++) {
            LocalDate day = start.plusDays(i);
            if (bestDay != null && day.isAfter(bestDay.plusDays(1))) {
                break;
            }
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime time : times) {
                Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
                if (candidate.isAfter(after) && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                    bestDay = day;
                }
            }
        }
        return best;
    }

    /** The last regular occurrence strictly before {@code before}, quiet hours ignored; null: none. */
    Instant regularBefore(Instant before) {
        if (never()) {
            return null;
        }
        LocalDate start = before.atZone(zone).toLocalDate().plusDays(1);
        Instant best = null;
        LocalDate bestDay = null;
        for (int i = 0; i <= 9; i++) {
            LocalDate day = start.minusDays(i);
            if (bestDay != null && day.isBefore(bestDay.minusDays(1))) {
                break;
            }
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime time : times) {
                Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
                if (candidate.isBefore(before) && (best == null || candidate.isAfter(best))) {
                    best = candidate;
                    bestDay = day;
                }
            }
        }
        return best;
    }

    /** When the regular occurrence {@code regular} actually fires after quiet hours; null when it is dropped. */
    Instant adjusted(Instant regular) {
        if (quiet == null) {
            return regular;
        }
        ZonedDateTime local = regular.atZone(zone);
        if (!quiet.contains(local.toLocalTime())) {
            return regular;
        }
        Instant end = quiet.endAfter(local, zone).toInstant();
        if (!end.isAfter(regular)) {
            return regular; // only across a DST overlap: the quiet hours are already over
        }
        Instant following = regularAfter(regular);
        return following != null && !end.isBefore(following) ? null : end;
    }

    /** The first occurrence, after quiet hours, strictly after {@code after}; null: never. */
    Instant next(Instant after) {
        // An occurrence at or before 'after' may have been moved past it by quiet hours.
        Instant regular = regularBefore(after.plusNanos(1));
        if (regular != null) {
            Instant fires = adjusted(regular);
            if (fires != null && fires.isAfter(after)) {
                return fires;
            }
        }
        regular = after;
        for (int step = 0; step < maxSteps; step++) {
            regular = regularAfter(regular);
            if (regular == null) {
                return null;
            }
            Instant fires = adjusted(regular);
            if (fires != null) {
                return fires;
            }
        }
        return null;
    }

    /** The last occurrence, after quiet hours, strictly before {@code before}; null: none. */
    Instant previous(Instant before) {
        Instant regular = before;
        for (int step = 0; step < maxSteps; step++) {
            regular = regularBefore(regular);
            if (regular == null) {
                return null;
            }
            Instant fires = adjusted(regular);
            if (fires != null && fires.isBefore(before)) {
                return fires;
            }
        }
        return null;
    }
}
