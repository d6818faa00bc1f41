package org.limber.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.journal.internal.Entries.NOW;
import static org.limber.journal.internal.Entries.TODAY;
import static org.limber.journal.internal.Entries.checkIn;
import static org.limber.journal.internal.Entries.daysAgo;
import static org.limber.journal.internal.Entries.flare;
import static org.limber.journal.internal.Entries.session;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.limber.journal.api.CheckIn;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.Insights.Adherence;
import org.limber.journal.api.Insights.WeekSummary;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionEntry;

class AdherenceCalculatorTest {
    private static final Plan UTC_PLAN = new Plan(4, Set.of(), ZoneId.of("UTC"));

    private static AdherenceCalculator.Result compute(List<SessionEntry> sessions, List<CheckIn> checkIns,
                                                      List<DayMark> days, Plan plan) {
        return AdherenceCalculator.compute(sessions, checkIns, days, plan, NOW);
    }

    private static List<SessionEntry> sessionsOn(int... daysAgo) {
        List<SessionEntry> sessions = new ArrayList<>();
        for (int d : daysAgo) {
            sessions.add(session(daysAgo(d)));
        }
        return sessions;
    }

    @Test
    void anEmptyJournalHasOnlyTheCurrentWeekAndNoStreak() {
        AdherenceCalculator.Result result = compute(List.of(), List.of(), List.of(), UTC_PLAN);

        assertEquals(List.of(new WeekSummary(LocalDate.of(2026, 11, 16), 0, 4)), result.weeks());
        assertEquals(new Adherence(0, 4, 0, 0, 0), result.adherence());
    }

    @Test
    void weeksStartOnMondayAndCountSessionsAgainstThePlan() {
        // Today is Wednesday 18 November: Monday 16 and today are this week, Sunday 15 the week before.
        AdherenceCalculator.Result result = compute(sessionsOn(0, 0, 2, 3, 10), List.of(), List.of(), UTC_PLAN);

        assertEquals(List.of(new WeekSummary(LocalDate.of(2026, 11, 2), 1, 4),
                new WeekSummary(LocalDate.of(2026, 11, 9), 1, 4),
                new WeekSummary(LocalDate.of(2026, 11, 16), 3, 4)), result.weeks());
        assertEquals(3, result.adherence().sessionsThisWeek());
        assertEquals(5, result.adherence().sessionsLast28Days());
    }

    @Test
    void weeksAreCountedInThePlansTimeZone() {
        // Sunday 23:30 UTC is already Monday in Berlin.
        SessionEntry lateSunday = session(Instant.parse("2026-11-15T23:30:00Z"));

        assertEquals(0, compute(List.of(lateSunday), List.of(), List.of(), UTC_PLAN).adherence().sessionsThisWeek());
        Plan berlin = new Plan(4, Set.of(), ZoneId.of("Europe/Berlin"));
        assertEquals(1, compute(List.of(lateSunday), List.of(), List.of(), berlin).adherence().sessionsThisWeek());
    }

    @Test
    void atMost26WeeksAreShownEndingWithTheCurrentOne() {
        AdherenceCalculator.Result result = compute(sessionsOn(400, 3), List.of(), List.of(), UTC_PLAN);

        assertEquals(26, result.weeks().size());
        assertEquals(LocalDate.of(2026, 11, 16), result.weeks().get(25).weekStart());
        assertEquals(LocalDate.of(2026, 11, 16).minusWeeks(25), result.weeks().get(0).weekStart());
        assertEquals(1, result.weeks().stream().mapToInt(WeekSummary::sessions).sum());
    }

    @Test
    void weeksBeginWithTheFirstEntryEvenACheckIn() {
        AdherenceCalculator.Result result = compute(List.of(), List.of(checkIn(daysAgo(15), 3, 3, PainExtent.NONE)),
                List.of(), UTC_PLAN);

        assertEquals(3, result.weeks().size());
        assertEquals(LocalDate.of(2026, 11, 2), result.weeks().get(0).weekStart());
    }

    @Test
    void sessionsLast28DaysIncludeTodayAnd27DaysBefore() {
        assertEquals(2, compute(sessionsOn(0, 27, 28), List.of(), List.of(), UTC_PLAN).adherence()
                .sessionsLast28Days());
    }

    @Test
    void consecutiveDaysMakeAStreakAndAMissedDayBreaksIt() {
        Adherence adherence = compute(sessionsOn(0, 1, 2, 4, 5, 6, 7, 8), List.of(), List.of(), UTC_PLAN).adherence();

        assertEquals(3, adherence.currentStreakDays());
        assertEquals(5, adherence.longestStreakDays());
    }

    @Test
    void severalSessionsOnOneDayCountAsOneDay() {
        assertEquals(2, compute(sessionsOn(0, 0, 0, 1), List.of(), List.of(), UTC_PLAN).adherence()
                .currentStreakDays());
    }

    @Test
    void todayWithoutASessionYetDoesNotBreakTheStreak() {
        Adherence adherence = compute(sessionsOn(1, 2, 3), List.of(), List.of(), UTC_PLAN).adherence();

        assertEquals(3, adherence.currentStreakDays());
        assertEquals(3, adherence.longestStreakDays());
    }

    @Test
    void yesterdayWithoutASessionBreaksTheStreak() {
        assertEquals(0, compute(sessionsOn(2, 3), List.of(), List.of(), UTC_PLAN).adherence().currentStreakDays());
    }

    @Test
    void plannedRestWeekdaysBridgeTheStreakWithoutCounting() {
        // Yesterday was Tuesday, the day before Monday.
        Plan restOnTuesday = new Plan(4, Set.of(DayOfWeek.TUESDAY), ZoneId.of("UTC"));
        List<SessionEntry> sessions = sessionsOn(0, 2, 3);

        assertEquals(1, compute(sessions, List.of(), List.of(), UTC_PLAN).adherence().currentStreakDays());
        assertEquals(3, compute(sessions, List.of(), List.of(), restOnTuesday).adherence().currentStreakDays());
    }

    @Test
    void daysMarkedRestOrFlareBridgeTheStreakWithoutCounting() {
        List<SessionEntry> sessions = sessionsOn(0, 2, 4, 5);
        List<DayMark> marks = List.of(new DayMark(TODAY.minusDays(1), DayKind.REST),
                new DayMark(TODAY.minusDays(3), DayKind.FLARE));

        Adherence adherence = compute(sessions, List.of(), marks, UTC_PLAN).adherence();

        assertEquals(4, adherence.currentStreakDays());
        assertEquals(4, adherence.longestStreakDays());
    }

    @Test
    void aCheckInReportingAFlareBridgesItsDay() {
        List<SessionEntry> sessions = sessionsOn(0, 2);

        assertEquals(1, compute(sessions, List.of(), List.of(), UTC_PLAN).adherence().currentStreakDays());
        assertEquals(2, compute(sessions, List.of(flare(daysAgo(1))), List.of(), UTC_PLAN).adherence()
                .currentStreakDays());
        assertEquals(1, compute(sessions, List.of(checkIn(daysAgo(1), 6, 6, PainExtent.THIGH)), List.of(), UTC_PLAN)
                .adherence().currentStreakDays(), "a check-in without a flare does not bridge");
    }

    @Test
    void restingAloneMakesNoStreak() {
        Plan everyDayRest = new Plan(1, Set.of(DayOfWeek.values()), ZoneId.of("UTC"));
        List<DayMark> marks = List.of(new DayMark(TODAY, DayKind.FLARE), new DayMark(TODAY.minusDays(1), DayKind.REST));

        Adherence adherence = compute(List.of(), List.of(flare(daysAgo(2))), marks, everyDayRest).adherence();

        assertEquals(0, adherence.currentStreakDays());
        assertEquals(0, adherence.longestStreakDays());
    }

    @Test
    void theLongestStreakSpansForgivenDaysInThePast() {
        // Sessions 20..16 and 14..12 days ago, 15 days ago marked as a flare; then a gap.
        List<SessionEntry> sessions = sessionsOn(20, 19, 18, 17, 16, 14, 13, 12, 1);
        List<DayMark> marks = List.of(new DayMark(TODAY.minusDays(15), DayKind.FLARE));

        Adherence adherence = compute(sessions, List.of(), marks, UTC_PLAN).adherence();

        assertEquals(1, adherence.currentStreakDays());
        assertEquals(8, adherence.longestStreakDays());
    }

    @Test
    void sessionsAfterTodayDoNotCountTowardStreaks() {
        Adherence adherence = compute(List.of(session(NOW.plusSeconds(20 * 3600))), List.of(), List.of(), UTC_PLAN)
                .adherence();

        assertEquals(0, adherence.currentStreakDays());
        assertEquals(0, adherence.longestStreakDays());
    }
}
