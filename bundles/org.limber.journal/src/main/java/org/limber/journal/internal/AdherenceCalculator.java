package org.limber.journal.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.Insights.Adherence;
import org.limber.journal.api.Insights.WeekSummary;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionEntry;

/**
 * Sessions per week against the plan, and streaks, counted by calendar day in the plan's time zone.
 *
 * <p>A streak is a run of days with a session. Days the sources tell people to rest on are <em>forgiven</em>: a
 * planned rest weekday, a day marked rest or flare, a day with a check-in that reports a flare. A forgiven day
 * without a session neither breaks the run nor adds to it, so the streak counts days of practice and cannot grow
 * by resting alone. Today without a session does not break the run either: the day is not over.
 */
final class AdherenceCalculator {
    /** The weeks shown: at most this many, ending with the current one. */
    static final int WEEKS = 26;
    static final int RECENT_DAYS = 28;

    record Result(Adherence adherence, List<WeekSummary> weeks) {
    }

    private AdherenceCalculator() {
    }

    static Result compute(List<SessionEntry> sessions, List<CheckIn> checkIns, List<DayMark> days, Plan plan,
                          Instant now) {
        ZoneId zone = plan.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (SessionEntry session : sessions) {
            perDay.merge(LocalDate.ofInstant(session.data().at(), zone), 1, Integer::sum);
        }
        Set<LocalDate> forgiven = new HashSet<>();
        days.forEach(mark -> forgiven.add(mark.day()));
        checkIns.stream().filter(c -> c.data().flare())
                .forEach(c -> forgiven.add(LocalDate.ofInstant(c.data().at(), zone)));
        Set<DayOfWeek> restDays = plan.restDays();

        LocalDate thisWeek = weekStart(today);
        List<WeekSummary> weeks = weeks(perDay, firstWeek(sessions, checkIns, zone, thisWeek), thisWeek,
                plan.sessionsPerWeek());
        int sessionsLast28Days = countBetween(perDay, today.minusDays(RECENT_DAYS - 1L), today);

        LocalDate firstSession = perDay.keySet().stream().filter(d -> !d.isAfter(today))
                .min(LocalDate::compareTo).orElse(null);
        int current = 0;
        int longest = 0;
        if (firstSession != null) {
            Streaks streaks = new Streaks(perDay.keySet(), forgiven, restDays, today);
            current = streaks.current(firstSession);
            longest = streaks.longest(firstSession);
        }
        Adherence adherence = new Adherence(countBetween(perDay, thisWeek, thisWeek.plusDays(6)),
                plan.sessionsPerWeek(), current, longest, sessionsLast28Days);
        return new Result(adherence, weeks);
    }

    /** The week of the first entry, but no more than {@link #WEEKS} weeks back; the current week alone if none. */
    private static LocalDate firstWeek(List<SessionEntry> sessions, List<CheckIn> checkIns, ZoneId zone,
                                       LocalDate thisWeek) {
        Instant first = null;
        for (SessionEntry session : sessions) {
            first = earlier(first, session.data().at());
        }
        for (CheckIn checkIn : checkIns) {
            first = earlier(first, checkIn.data().at());
        }
        LocalDate limit = thisWeek.minusWeeks(WEEKS - 1L);
        if (first == null) {
            return thisWeek;
        }
        LocalDate week = weekStart(LocalDate.ofInstant(first, zone));
        if (week.isBefore(limit)) {
            return limit;
        }
        return week.isAfter(thisWeek) ? thisWeek : week;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static List<WeekSummary> weeks(Map<LocalDate, Integer> perDay, LocalDate firstWeek, LocalDate thisWeek,
                                           int planned) {
        int count = (int) ChronoUnit.WEEKS.between(firstWeek, thisWeek) + 1;
        int[] sessions = new int[count];
        perDay.forEach((day, n) -> {
            long index = ChronoUnit.WEEKS.between(firstWeek, weekStart(day));
            if (!day.isBefore(firstWeek) && index < count) {
                sessions[(int) index] += n;
            }
        });
        List<WeekSummary> weeks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            weeks.add(new WeekSummary(firstWeek.plusWeeks(i), sessions[i], planned));
        }
        return weeks;
    }

    private static int countBetween(Map<LocalDate, Integer> perDay, LocalDate from, LocalDate to) {
        int count = 0;
        for (Map.Entry<LocalDate, Integer> entry : perDay.entrySet()) {
            if (!entry.getKey().isBefore(from) && !entry.getKey().isAfter(to)) {
                count += entry.getValue();
            }
        }
        return count;
    }

    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Streaks over the days from the first session to today. */
    private record Streaks(Set<LocalDate> practiced, Set<LocalDate> forgiven, Set<DayOfWeek> restDays,
                           LocalDate today) {

        int current(LocalDate firstSession) {
            int run = 0;
            for (LocalDate day = today; !day.isBefore(firstSession); day = day.minusDays(1)) {
                if (practiced.contains(day)) {
                    run++;
                } else if (!skippable(day)) {
                    break;
                }
            }
            return run;
        }

        int longest(LocalDate firstSession) {
            int run = 0;
            int longest = 0;
            for (LocalDate day = firstSession; !day.isAfter(today); day = day.plusDays(1)) {
                if (practiced.contains(day)) {
                    run++;
                    longest = Math.max(longest, run);
                } else if (!skippable(day)) {
                    run = 0;
                }
            }
            return longest;
        }

        private boolean skippable(LocalDate day) {
            return day.equals(today) || forgiven.contains(day) || restDays.contains(day.getDayOfWeek());
        }
    }
}
