package org.limber.journal.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.JournalException;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Plan;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Sides;

class JournalValidatorTest {
    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private final JournalValidator validator = new JournalValidator(Set.of("saddle-numbness", "severe-pain"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static void assertInvalid(String field, Executable executable) {
        JournalException e = assertThrows(JournalException.class, executable);
        assertEquals(JournalException.Reason.INVALID, e.reason());
        assertEquals(field, e.field(), e.getMessage());
    }

    private static CheckInData checkIn() {
        return new CheckInData(NOW, CheckInTiming.STANDALONE, null, 4, 6, PainExtent.THIGH, false, true, false, 30,
                6, false, Set.of(), null);
    }

    private static CheckInData checkIn(Instant at, int back, int leg, PainExtent extent, Integer sitting,
                                       Integer sleep, Set<String> flags, String notes, Long sessionId) {
        return new CheckInData(at, CheckInTiming.STANDALONE, sessionId, back, leg, extent, false, false, false,
                sitting, sleep, false, flags, notes);
    }

    private static ExerciseDone exercise() {
        return new ExerciseDone("knee-to-chest", "Knee to chest", Outcome.DONE, 1, 3, 30, Sides.BOTH,
                Response.EASED, null);
    }

    private static SessionData session(List<ExerciseDone> exercises) {
        return new SessionData(NOW, null, null, 12, exercises, null);
    }

    private void checkCheckIn(CheckInData data) {
        validator.checkIn("", data, id -> id == 7);
    }

    @Test
    void aCompleteCheckInPasses() {
        assertDoesNotThrow(() -> checkCheckIn(checkIn()));
        assertDoesNotThrow(() -> checkCheckIn(checkIn(NOW, 0, 10, PainExtent.FOOT, 0, 10,
                Set.of("saddle-numbness"), "x".repeat(2000), 7L)));
        assertDoesNotThrow(() -> checkCheckIn(checkIn(Instant.parse("2000-01-01T00:00:00Z"), 10, 0,
                PainExtent.NONE, 1440, 0, Set.of(), null, null)));
    }

    @Test
    void painOutsideZeroToTenNamesTheField() {
        assertInvalid("backPain", () -> checkCheckIn(checkIn(NOW, -1, 5, PainExtent.NONE, null, null, Set.of(),
                null, null)));
        assertInvalid("legPain", () -> checkCheckIn(checkIn(NOW, 5, 11, PainExtent.NONE, null, null, Set.of(),
                null, null)));
    }

    @Test
    void legExtentIsRequired() {
        assertInvalid("legExtent", () -> checkCheckIn(checkIn(NOW, 5, 5, null, null, null, Set.of(), null, null)));
    }

    @Test
    void optionalNumbersHaveRanges() {
        assertInvalid("sittingMinutes", () -> checkCheckIn(checkIn(NOW, 5, 5, PainExtent.NONE, 1441, null,
                Set.of(), null, null)));
        assertInvalid("sittingMinutes", () -> checkCheckIn(checkIn(NOW, 5, 5, PainExtent.NONE, -1, null,
                Set.of(), null, null)));
        assertInvalid("sleepQuality", () -> checkCheckIn(checkIn(NOW, 5, 5, PainExtent.NONE, null, 11,
                Set.of(), null, null)));
    }

    @Test
    void notesAreAtMost2000Characters() {
        assertInvalid("notes", () -> checkCheckIn(checkIn(NOW, 5, 5, PainExtent.NONE, null, null, Set.of(),
                "x".repeat(2001), null)));
    }

    @Test
    void timesMustLieBetween2000AndADayFromNow() {
        assertInvalid("at", () -> checkCheckIn(checkIn(Instant.parse("1999-12-31T23:59:59Z"), 5, 5,
                PainExtent.NONE, null, null, Set.of(), null, null)));
        assertInvalid("at", () -> checkCheckIn(checkIn(NOW.plus(Duration.ofDays(1)).plusSeconds(1), 5, 5,
                PainExtent.NONE, null, null, Set.of(), null, null)));
        assertDoesNotThrow(() -> checkCheckIn(checkIn(NOW.plus(Duration.ofDays(1)), 5, 5, PainExtent.NONE, null,
                null, Set.of(), null, null)));
        assertInvalid("at", () -> checkCheckIn(checkIn(null, 5, 5, PainExtent.NONE, null, null, Set.of(), null,
                null)));
    }

    @Test
    void anUnknownRedFlagIsRejectedByName() {
        JournalException e = assertThrows(JournalException.class, () -> checkCheckIn(checkIn(NOW, 5, 5,
                PainExtent.NONE, null, null, Set.of("severe-pain", "green-flag"), null, null)));

        assertEquals("redFlags", e.field());
        assertTrue(e.getMessage().contains("'green-flag'"), e.getMessage());
    }

    @Test
    void theSessionMustBeOneOfTheUsers() {
        assertInvalid("sessionId", () -> checkCheckIn(checkIn(NOW, 5, 5, PainExtent.NONE, null, null, Set.of(),
                null, 8L)));
    }

    @Test
    void aSessionWithExercisesPasses() {
        assertDoesNotThrow(() -> validator.session("", session(Collections.nCopies(100, exercise()))));
        assertDoesNotThrow(() -> validator.session("", new SessionData(NOW, "bedtime", "Bedtime", null, List.of(),
                null)));
    }

    @Test
    void exerciseFieldsAreNamedByTheirIndex() {
        List<ExerciseDone> exercises = new ArrayList<>(List.of(exercise(), exercise(), exercise()));
        exercises.set(2, new ExerciseDone("bridge", "Bridge", Outcome.DONE, 1, 501, null, Sides.NOT_SIDED, null,
                null));

        assertInvalid("exercises[2].reps", () -> validator.session("", session(exercises)));
    }

    @Test
    void everyExerciseFieldIsChecked() {
        record Case(String field, ExerciseDone exercise) {
        }
        List<Case> cases = List.of(
                new Case("exerciseId", new ExerciseDone(" ", "Bridge", Outcome.DONE, null, null, null, Sides.BOTH,
                        null, null)),
                new Case("exerciseId", new ExerciseDone("x".repeat(201), "Bridge", Outcome.DONE, null, null, null,
                        Sides.BOTH, null, null)),
                new Case("name", new ExerciseDone("bridge", null, Outcome.DONE, null, null, null, Sides.BOTH, null,
                        null)),
                new Case("outcome", new ExerciseDone("bridge", "Bridge", null, null, null, null, Sides.BOTH, null,
                        null)),
                new Case("sets", new ExerciseDone("bridge", "Bridge", Outcome.DONE, 51, null, null, Sides.BOTH, null,
                        null)),
                new Case("reps", new ExerciseDone("bridge", "Bridge", Outcome.DONE, null, -1, null, Sides.BOTH, null,
                        null)),
                new Case("holdSeconds", new ExerciseDone("bridge", "Bridge", Outcome.DONE, null, null, 3601,
                        Sides.BOTH, null, null)),
                new Case("sides", new ExerciseDone("bridge", "Bridge", Outcome.DONE, null, null, null, null, null,
                        null)),
                new Case("notes", new ExerciseDone("bridge", "Bridge", Outcome.DONE, null, null, null, Sides.BOTH,
                        null, "x".repeat(501))));
        for (Case c : cases) {
            assertInvalid("exercises[0]." + c.field(), () -> validator.session("", session(List.of(c.exercise()))));
        }
    }

    @Test
    void sessionFieldsAreChecked() {
        assertInvalid("exercises", () -> validator.session("", session(Collections.nCopies(101, exercise()))));
        assertInvalid("durationMinutes", () -> validator.session("", new SessionData(NOW, null, null, 1441,
                List.of(), null)));
        assertInvalid("routineName", () -> validator.session("", new SessionData(NOW, null, "x".repeat(201), null,
                List.of(), null)));
        assertInvalid("notes", () -> validator.session("", new SessionData(NOW, null, null, null, List.of(),
                "x".repeat(2001))));
        assertInvalid("at", () -> validator.session("", new SessionData(null, null, null, null, List.of(), null)));
    }

    @Test
    void planNeedsOneTo21SessionsAndAZone() {
        assertDoesNotThrow(() -> JournalValidator.plan("", new Plan(21, Set.of(DayOfWeek.SUNDAY), ZoneId.of("UTC"))));
        assertInvalid("sessionsPerWeek", () -> JournalValidator.plan("", new Plan(0, Set.of(), ZoneId.of("UTC"))));
        assertInvalid("sessionsPerWeek", () -> JournalValidator.plan("", new Plan(22, Set.of(), ZoneId.of("UTC"))));
        assertInvalid("timeZone", () -> JournalValidator.plan("", new Plan(3, Set.of(), null)));
    }

    @Test
    void dayMarksNeedADayInRangeAndAKind() {
        assertDoesNotThrow(() -> JournalValidator.dayMark("", new DayMark(TODAY.plusDays(366), DayKind.REST), TODAY));
        assertInvalid("day", () -> JournalValidator.dayMark("", new DayMark(TODAY.plusDays(367), DayKind.REST),
                TODAY));
        assertInvalid("day", () -> JournalValidator.dayMark("", new DayMark(LocalDate.of(1999, 12, 31),
                DayKind.REST), TODAY));
        assertInvalid("kind", () -> JournalValidator.dayMark("", new DayMark(TODAY, null), TODAY));
    }

    @Test
    void limitsAreOneTo1000() {
        assertInvalid("limit", () -> validator.limit(0, 1000));
        assertInvalid("limit", () -> validator.limit(1001, 1000));
        assertDoesNotThrow(() -> validator.limit(1000, 1000));
    }

    // ---- imports ----

    private static JournalExport export(List<CheckIn> checkIns, List<SessionEntry> sessions, List<DayMark> days) {
        return new JournalExport(1, NOW, new Plan(3, Set.of(), ZoneId.of("UTC")), checkIns, sessions, days);
    }

    @Test
    void anImportIsCheckedRecordByRecordWithItsPath() {
        SessionEntry session = new SessionEntry(41, session(List.of(exercise())), NOW);
        CheckIn good = new CheckIn(1, checkIn(), NOW, null);
        CheckIn linked = new CheckIn(2, checkIn(NOW, 1, 1, PainExtent.NONE, null, null, Set.of(), null, 41L), NOW,
                null);
        CheckIn bad = new CheckIn(3, checkIn(NOW, 1, 12, PainExtent.NONE, null, null, Set.of(), null, null), NOW,
                null);

        assertDoesNotThrow(() -> validator.export(export(List.of(good, linked), List.of(session), List.of()), TODAY));
        assertInvalid("checkIns[2].legPain", () -> validator.export(export(List.of(good, linked, bad),
                List.of(session), List.of()), TODAY));
    }

    @Test
    void anImportedCheckInMayLinkOnlyToASessionOfTheSameExport() {
        CheckIn linked = new CheckIn(2, checkIn(NOW, 1, 1, PainExtent.NONE, null, null, Set.of(), null, 41L), NOW,
                null);

        assertInvalid("checkIns[0].sessionId", () -> validator.export(export(List.of(linked), List.of(),
                List.of()), TODAY));
    }

    @Test
    void importedSessionsAndDaysAreChecked() {
        SessionData badReps = session(List.of(exercise(), new ExerciseDone("bridge", "Bridge", Outcome.DONE, 1, 501,
                null, Sides.BOTH, null, null)));
        SessionEntry ok = new SessionEntry(1, session(List.of()), NOW);

        assertInvalid("sessions[1].exercises[1].reps", () -> validator.export(export(List.of(),
                List.of(ok, new SessionEntry(2, badReps, NOW)), List.of()), TODAY));
        assertInvalid("sessions[1].id", () -> validator.export(export(List.of(), List.of(ok, ok), List.of()), TODAY));
        assertInvalid("days[1].day", () -> validator.export(export(List.of(), List.of(),
                List.of(new DayMark(TODAY, DayKind.REST), new DayMark(TODAY, DayKind.FLARE))), TODAY));
        assertInvalid("days[0].kind", () -> validator.export(export(List.of(), List.of(),
                List.of(new DayMark(TODAY, null))), TODAY));
    }

    @Test
    void anImportNeedsTheKnownFormatAndAValidPlan() {
        assertInvalid("formatVersion", () -> validator.export(new JournalExport(2, NOW, null, null, null, null),
                TODAY));
        assertInvalid("plan.sessionsPerWeek", () -> validator.export(new JournalExport(1, NOW,
                new Plan(30, Set.of(), ZoneId.of("UTC")), null, null, null), TODAY));
        assertDoesNotThrow(() -> validator.export(new JournalExport(1, null, null, null, null, null), TODAY));
    }

    @Test
    void importedTimesOfRecordingAreChecked() {
        CheckIn future = new CheckIn(1, checkIn(), NOW.plus(Duration.ofDays(3)), null);

        assertInvalid("checkIns[0].recordedAt", () -> validator.export(export(List.of(future), List.of(), List.of()),
                TODAY));
    }
}
