package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;

/** What the engine decides when a plan falls due: catch-up, snooze and the done window. */
class DueDeciderTest {
    private static final ReminderPreferences UTC = new ReminderPreferences("UTC", null, null, null, 10, false);
    private final DueDecider decider = new DueDecider(Duration.ofMinutes(60),
            new ReminderTexts("https://limber.example"), (user, routine) -> List.of("Knee to chest", "Cat-cow",
                    "Bridge", "Pelvic tilt", "Walk"));

    private static Instant at(String time) {
        return Instant.parse("2026-11-21T" + time + ":00Z");
    }

    private static ScheduleRow row(ScheduleState state, ReminderPreferences preferences, String... times) {
        List<LocalTime> localTimes = PlanScheduleTest.times(times);
        return new ScheduleRow(7, "ann", 42, "evening routine", new ReminderPlan(42, localTimes, List.of("email"), true),
                state, preferences);
    }

    private static ScheduleState due(Instant nextDue, Instant snoozeUntil, Instant doneAt) {
        return new ScheduleState(EnumSet.allOf(DayOfWeek.class), nextDue, snoozeUntil, doneAt);
    }

    @Test
    void onTimeReminderIsSentAndTheNextOneScheduled() {
        DueDecision decision = decider.decide(row(due(at("19:00"), null, null), UTC, "08:00", "19:00"),
                at("19:00").plusMillis(40));
        assertNotNull(decision.send());
        assertEquals(at("19:00"), decision.send().dueAt());
        assertEquals(LocalDate.of(2026, 11, 21), decision.send().localDay());
        assertEquals("Limber", decision.send().title());
        assertEquals("Time for your evening routine", decision.send().text());
        assertEquals("https://limber.example/routines/42/play", decision.send().link());
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), decision.nextDue());
        assertNull(decision.snoozeUntil());
    }

    @Test
    void detailedTextNamesTheFirstExercises() {
        ReminderPreferences detailed = new ReminderPreferences("UTC", null, null, 3, 10, true);
        DueDecision decision = decider.decide(row(due(at("19:00"), null, null), detailed, "19:00"), at("19:00"));
        assertEquals("Time for your evening routine: Knee to chest, Cat-cow and 3 more", decision.send().text());
        assertEquals(3, decision.send().dailyCap());
        assertEquals("a, b and c", ReminderTexts.names(List.of("a", "b", "c")));
        assertEquals("a and b", ReminderTexts.names(List.of("a", "b")));
        assertEquals("a", ReminderTexts.names(List.of("a")));
    }

    @Test
    void catchUpWithinTheWindowSendsOneLateReminder() {
        // down from 07:00 to 08:40: the 08:00 reminder is 40 minutes late, within the hour
        DueDecision decision = decider.decide(row(due(at("08:00"), null, null), UTC, "08:00", "12:00", "18:00"),
                at("08:40"));
        assertEquals(at("08:00"), decision.send().dueAt());
        assertEquals(at("12:00"), decision.nextDue());
    }

    @Test
    void catchUpBeyondTheWindowSendsNothing() {
        DueDecision decision = decider.decide(row(due(at("08:00"), null, null), UTC, "08:00", "12:00", "18:00"),
                at("09:00").plusSeconds(1));
        assertNull(decision.send());
        assertEquals(at("12:00"), decision.nextDue());
    }

    @Test
    void severalMissedOccurrencesMakeOneReminderForTheLatest() {
        // down from 07:00 to 12:20: 08:00 and 12:00 were missed; one reminder, for 12:00
        DueDecision decision = decider.decide(row(due(at("08:00"), null, null), UTC, "08:00", "12:00", "18:00"),
                at("12:20"));
        assertEquals(at("12:00"), decision.send().dueAt());
        assertEquals(at("18:00"), decision.nextDue());
        // down until 13:30: the latest (12:00) is beyond the window and the 08:00 one has a later one passed
        DueDecision late = decider.decide(row(due(at("08:00"), null, null), UTC, "08:00", "12:00", "18:00"),
                at("13:30"));
        assertNull(late.send());
        assertEquals(at("18:00"), late.nextDue());
        // down for days: the latest (18:00) is 90 minutes back, nothing; next is tomorrow morning
        DueDecision days = decider.decide(row(due(at("08:00"), null, null), UTC, "08:00", "12:00", "18:00"),
                Instant.parse("2026-11-24T19:30:00Z"));
        assertNull(days.send());
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), days.nextDue());
    }

    @Test
    void zeroCatchUpStillSendsOnTime() {
        DueDecider strict = new DueDecider(Duration.ZERO, new ReminderTexts("http://x"), ExerciseNames.NONE);
        assertNotNull(strict.decide(row(due(at("08:00"), null, null), UTC, "08:00"), at("08:00")).send());
        assertNull(strict.decide(row(due(at("08:00"), null, null), UTC, "08:00"), at("08:00").plusMillis(1)).send());
    }

    @Test
    void snoozeFiresAndIsConsumed() {
        // snoozed at 19:01 for 10 minutes: due at 19:11
        DueDecision decision = decider.decide(row(due(at("19:11"), at("19:11"), null), UTC, "08:00", "19:00"),
                at("19:11"));
        assertEquals(at("19:11"), decision.send().dueAt());
        assertNull(decision.snoozeUntil());
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), decision.nextDue());
    }

    @Test
    void regularReminderBeforeAPendingSnoozeKeepsTheSnooze() {
        // at 18:55 the user snoozed until 19:25; the 19:00 reminder still comes, and so does the snooze
        DueDecision decision = decider.decide(row(due(at("19:00"), at("19:25"), null), UTC, "19:00"), at("19:00"));
        assertEquals(at("19:00"), decision.send().dueAt());
        assertEquals(at("19:25"), decision.snoozeUntil());
        assertEquals(at("19:25"), decision.nextDue());
    }

    @Test
    void sessionDoneBeforeTheReminderSilencesIt() {
        // done at 18:30: the 19:00 reminder's window starts at 16:00 (the previous one was 08:00)
        DueDecision decision = decider.decide(row(due(at("19:00"), null, at("18:30")), UTC, "08:00", "19:00"),
                at("19:00"));
        assertNull(decision.send());
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), decision.nextDue());
        // done at 15:59, before the window: reminded
        assertNotNull(decider.decide(row(due(at("19:00"), null, at("15:59")), UTC, "08:00", "19:00"), at("19:00"))
                .send());
        // the window starts no earlier than the previous occurrence: done at 17:30 does not cover 19:00 after 18:00
        assertNotNull(decider.decide(row(due(at("19:00"), null, at("17:30")), UTC, "18:00", "19:00"), at("19:00"))
                .send());
        assertNull(decider.decide(row(due(at("19:00"), null, at("18:00")), UTC, "18:00", "19:00"), at("19:00"))
                .send());
    }

    @Test
    void snoozedReminderStopsOnceTheSessionIsLogged() {
        // reminded at 19:00, snoozed until 19:11, session logged at 19:05
        DueDecision decision = decider.decide(row(due(at("19:11"), at("19:11"), at("19:05")), UTC, "08:00", "19:00"),
                at("19:11"));
        assertNull(decision.send());
        assertNull(decision.snoozeUntil());
    }

    @Test
    void planWithoutChannelsSendsNothingButMovesOn() {
        ScheduleRow row = new ScheduleRow(7, "ann", 42, "evening routine",
                new ReminderPlan(42, PlanScheduleTest.times("19:00"), List.of(), true), due(at("19:00"), null, null),
                UTC);
        DueDecision decision = decider.decide(row, at("19:00"));
        assertNull(decision.send());
        assertEquals(Instant.parse("2026-11-22T19:00:00Z"), decision.nextDue());
    }

    @Test
    void localDayIsTheUsersDay() {
        ReminderPreferences tokyo = new ReminderPreferences("Asia/Tokyo", null, null, 2, 10, false);
        // 07:00 in Tokyo on Sunday 22 November is 22:00Z on the 21st
        DueDecision decision = decider.decide(row(due(at("22:00"), null, null), tokyo, "07:00"), at("22:00"));
        assertEquals(LocalDate.of(2026, 11, 22), decision.send().localDay());
    }

    @Test
    void daysRemovedFromTheRoutineStopTheSchedule() {
        ScheduleState noDays = new ScheduleState(java.util.Set.of(), at("19:00"), null, null);
        DueDecision decision = decider.decide(row(noDays, UTC, "19:00"), at("19:00"));
        assertNull(decision.nextDue());
        assertNotNull(decision.send(), "due as it stood when it was scheduled");
    }
}
