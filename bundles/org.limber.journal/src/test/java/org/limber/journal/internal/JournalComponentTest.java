package org.limber.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.api.Role;
import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Insights;
import org.limber.journal.api.JournalException;
import org.limber.journal.api.JournalException.Reason;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Plan;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Sides;
import org.limber.safety.internal.SafetyComponent;
import org.limber.storage.internal.SqlStorage;
import org.sqlite.SQLiteDataSource;

/** The journal service on Limber's real storage, in an SQLite file opened the way the distribution opens it. */
class JournalComponentTest {
    private static final Instant START = Instant.parse("2026-11-18T12:00:00.123456Z");

    @TempDir
    Path folder;

    private TestClock clock;
    private JournalComponent journal;
    private long ann;
    private long bob;

    @BeforeEach
    void open() throws IOException {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("limber.db")
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
        dataSource.setBusyTimeout(10000);
        dataSource.setTransactionMode("IMMEDIATE");
        SqlStorage storage = SqlStorage.start(dataSource);
        ann = storage.users().insert("ann", "hash", Role.USER, START).orElseThrow().id();
        bob = storage.users().insert("bob", "hash", Role.USER, START).orElseThrow().id();
        clock = new TestClock(START);
        journal = new JournalComponent(storage.journal(), new SafetyComponent(), clock);
    }

    private static CheckInData checkIn(Instant at, int back, int leg, PainExtent extent, Set<String> redFlags) {
        return new CheckInData(at, null, null, back, leg, extent, true, false, false, 45, 7, false, redFlags,
                "stiff in the morning");
    }

    private static SessionData session(Instant at, ExerciseDone... exercises) {
        return new SessionData(at, "bedtime", "Bedtime", 12, List.of(exercises), null);
    }

    private static ExerciseDone exercise(String id, Response response) {
        return new ExerciseDone(id, id, Outcome.DONE, 1, 3, 30, null, response, null);
    }

    private static void assertFails(Reason reason, String field, Executable executable) {
        JournalException e = assertThrows(JournalException.class, executable);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
    }

    // ---- check-ins ----

    @Test
    void aCheckInWithoutTimeOrTimingHappenedNowAndStandsAlone() {
        CheckIn saved = journal.addCheckIn(ann, checkIn(null, 3, 6, PainExtent.BELOW_KNEE, Set.of()));

        Instant now = Instant.parse("2026-11-18T12:00:00.123Z");
        assertEquals(now, saved.data().at(), "times are kept to the millisecond the database stores");
        assertEquals(now, saved.recordedAt());
        assertEquals(CheckInTiming.STANDALONE, saved.data().timing());
        assertEquals(Optional.of(saved), journal.checkIn(ann, saved.id()));
    }

    @Test
    void anInvalidCheckInIsNotSaved() {
        assertFails(Reason.INVALID, "legPain", () -> journal.addCheckIn(ann,
                checkIn(START, 3, 11, PainExtent.NONE, Set.of())));

        assertEquals(List.of(), journal.checkIns(ann, null, null, 100));
    }

    @Test
    void onlyUrgentRedFlagsOfTheSafetyContentAreAccepted() {
        CheckIn saved = journal.addCheckIn(ann, checkIn(START, 8, 8, PainExtent.FOOT,
                Set.of("saddle-numbness", "severe-pain")));
        assertEquals(Set.of("saddle-numbness", "severe-pain"), saved.data().redFlags());

        assertFails(Reason.INVALID, "redFlags", () -> journal.addCheckIn(ann, checkIn(START, 8, 8, PainExtent.FOOT,
                Set.of("made-up"))));
        // "see a professional" signs belong to the insights, not to a check-in's urgent flags
        assertFails(Reason.INVALID, "redFlags", () -> journal.addCheckIn(ann, checkIn(START, 8, 8, PainExtent.FOOT,
                Set.of("no-improvement"))));
    }

    @Test
    void aCheckInLinksOnlyToASessionOfTheSameUser() {
        SessionEntry bobs = journal.addSession(bob, session(START));
        SessionEntry anns = journal.addSession(ann, session(START));
        CheckInData toBobs = new CheckInData(START, CheckInTiming.AFTER_SESSION, bobs.id(), 2, 2, PainExtent.NONE,
                false, false, false, null, null, false, Set.of(), null);
        CheckInData toAnns = new CheckInData(START, CheckInTiming.AFTER_SESSION, anns.id(), 2, 2, PainExtent.NONE,
                false, false, false, null, null, false, Set.of(), null);

        assertFails(Reason.INVALID, "sessionId", () -> journal.addCheckIn(ann, toBobs));
        assertEquals(anns.id(), journal.addCheckIn(ann, toAnns).data().sessionId());
    }

    @Test
    void checkInsAreListedNewestFirstWithinTheRange() {
        CheckIn first = journal.addCheckIn(ann, checkIn(START.minus(Duration.ofDays(3)), 5, 5, PainExtent.THIGH,
                Set.of()));
        CheckIn second = journal.addCheckIn(ann, checkIn(START.minus(Duration.ofDays(2)), 4, 4, PainExtent.THIGH,
                Set.of()));
        CheckIn third = journal.addCheckIn(ann, checkIn(START.minus(Duration.ofDays(1)), 3, 3, PainExtent.THIGH,
                Set.of()));

        assertEquals(List.of(third, second, first), journal.checkIns(ann, null, null, 100));
        assertEquals(List.of(third, second), journal.checkIns(ann, null, null, 2));
        assertEquals(List.of(second), journal.checkIns(ann, second.data().at(), third.data().at(), 100));
        assertFails(Reason.INVALID, "limit", () -> journal.checkIns(ann, null, null, 1001));
        assertFails(Reason.INVALID, "limit", () -> journal.checkIns(ann, null, null, 0));
    }

    @Test
    void anotherUsersRecordsAreNotFound() {
        CheckIn checkIn = journal.addCheckIn(ann, checkIn(START, 8, 8, PainExtent.FOOT, Set.of("severe-pain")));
        SessionEntry session = journal.addSession(ann, session(START));
        journal.markDay(ann, new DayMark(LocalDate.of(2026, 11, 17), DayKind.FLARE));

        assertEquals(Optional.empty(), journal.checkIn(bob, checkIn.id()));
        assertEquals(Optional.empty(), journal.session(bob, session.id()));
        assertEquals(List.of(), journal.checkIns(bob, null, null, 100));
        assertEquals(List.of(), journal.sessions(bob, null, null, 100));
        assertEquals(List.of(), journal.dayMarks(bob, null, null));
        assertEquals(Optional.empty(), journal.pendingRedFlags(bob));
        assertFails(Reason.NOT_FOUND, null, () -> journal.deleteCheckIn(bob, checkIn.id()));
        assertFails(Reason.NOT_FOUND, null, () -> journal.acknowledgeRedFlags(bob, checkIn.id()));
        assertFails(Reason.NOT_FOUND, null, () -> journal.deleteSession(bob, session.id()));
        assertFails(Reason.NOT_FOUND, null, () -> journal.unmarkDay(bob, LocalDate.of(2026, 11, 17)));

        assertEquals(Optional.of(checkIn), journal.checkIn(ann, checkIn.id()));
        assertEquals(Optional.of(checkIn), journal.pendingRedFlags(ann));
        assertEquals(1, journal.sessions(ann, null, null, 100).size());
        assertEquals(1, journal.dayMarks(ann, null, null).size());
    }

    @Test
    void deletingACheckInRemovesIt() {
        CheckIn checkIn = journal.addCheckIn(ann, checkIn(START, 2, 2, PainExtent.NONE, Set.of()));

        journal.deleteCheckIn(ann, checkIn.id());

        assertEquals(Optional.empty(), journal.checkIn(ann, checkIn.id()));
        assertFails(Reason.NOT_FOUND, null, () -> journal.deleteCheckIn(ann, checkIn.id()));
    }

    // ---- red flags ----

    @Test
    void redFlagsWaitForAcknowledgementNewestFirst() {
        CheckIn older = journal.addCheckIn(ann, checkIn(START.minus(Duration.ofHours(5)), 8, 8, PainExtent.FOOT,
                Set.of("severe-pain")));
        CheckIn newer = journal.addCheckIn(ann, checkIn(START.minus(Duration.ofHours(1)), 8, 8, PainExtent.FOOT,
                Set.of("saddle-numbness")));
        journal.addCheckIn(ann, checkIn(START, 2, 2, PainExtent.NONE, Set.of()));
        assertEquals(Optional.of(newer), journal.pendingRedFlags(ann));

        clock.advance(Duration.ofMinutes(2));
        CheckIn acknowledged = journal.acknowledgeRedFlags(ann, newer.id());

        assertEquals(START.plus(Duration.ofMinutes(2)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                acknowledged.redFlagsAcknowledgedAt());
        assertEquals(Optional.of(older), journal.pendingRedFlags(ann));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(acknowledged, journal.acknowledgeRedFlags(ann, newer.id()), "a second time changes nothing");

        journal.acknowledgeRedFlags(ann, older.id());
        assertEquals(Optional.empty(), journal.pendingRedFlags(ann));
    }

    @Test
    void acknowledgingACheckInWithoutRedFlagsLeavesItAsItIs() {
        CheckIn calm = journal.addCheckIn(ann, checkIn(START, 2, 2, PainExtent.NONE, Set.of()));

        assertNull(journal.acknowledgeRedFlags(ann, calm.id()).redFlagsAcknowledgedAt());
    }

    // ---- sessions ----

    @Test
    void aSessionKeepsItsExercisesInOrderWithSidesDefaulted() {
        SessionEntry saved = journal.addSession(ann, session(null, exercise("knee-to-chest", Response.EASED),
                exercise("cobra", null)));

        SessionEntry read = journal.session(ann, saved.id()).orElseThrow();
        assertEquals(saved, read);
        assertEquals(List.of("knee-to-chest", "cobra"), read.data().exercises().stream()
                .map(ExerciseDone::exerciseId).toList());
        assertEquals(Sides.NOT_SIDED, read.data().exercises().get(1).sides());
        assertEquals(START.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), read.data().at());
    }

    @Test
    void anInvalidSessionNamesTheExerciseField() {
        ExerciseDone tooMany = new ExerciseDone("bridge", "Bridge", Outcome.DONE, 51, 3, null, Sides.BOTH, null, null);

        assertFails(Reason.INVALID, "exercises[1].sets", () -> journal.addSession(ann,
                session(START, exercise("cobra", null), tooMany)));
        assertEquals(List.of(), journal.sessions(ann, null, null, 100));
    }

    @Test
    void deletingASessionUnlinksItsCheckIns() {
        SessionEntry session = journal.addSession(ann, session(START));
        CheckIn after = journal.addCheckIn(ann, new CheckInData(START, CheckInTiming.AFTER_SESSION, session.id(), 2,
                2, PainExtent.NONE, false, false, false, null, null, false, Set.of(), null));

        journal.deleteSession(ann, session.id());

        assertEquals(Optional.empty(), journal.session(ann, session.id()));
        assertNull(journal.checkIn(ann, after.id()).orElseThrow().data().sessionId());
        assertFails(Reason.NOT_FOUND, null, () -> journal.deleteSession(ann, session.id()));
    }

    // ---- days and plan ----

    @Test
    void daysAreMarkedReplacedAndUnmarked() {
        LocalDate day = LocalDate.of(2026, 11, 17);
        journal.markDay(ann, new DayMark(day, DayKind.REST));
        journal.markDay(ann, new DayMark(day, DayKind.FLARE));

        assertEquals(List.of(new DayMark(day, DayKind.FLARE)), journal.dayMarks(ann, day, day));
        journal.unmarkDay(ann, day);
        assertEquals(List.of(), journal.dayMarks(ann, null, null));
        assertFails(Reason.NOT_FOUND, null, () -> journal.unmarkDay(ann, day));
        assertFails(Reason.INVALID, "kind", () -> journal.markDay(ann, new DayMark(day, null)));
        assertFails(Reason.INVALID, "day", () -> journal.markDay(ann, new DayMark(LocalDate.of(1990, 1, 1),
                DayKind.REST)));
    }

    @Test
    void thePlanHasADefaultUntilSet() {
        assertEquals(Plan.DEFAULT, journal.plan(ann));

        Plan plan = new Plan(3, Set.of(DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY), ZoneId.of("Europe/Berlin"));
        assertEquals(plan, journal.setPlan(ann, plan));

        assertEquals(plan, journal.plan(ann));
        assertEquals(Plan.DEFAULT, journal.plan(bob));
        assertFails(Reason.INVALID, "sessionsPerWeek", () -> journal.setPlan(ann, new Plan(0, Set.of(),
                ZoneId.of("UTC"))));
    }

    // ---- insights ----

    @Test
    void insightsComeFromTheUsersOwnRecords() {
        journal.setPlan(ann, new Plan(3, Set.of(), ZoneId.of("UTC")));
        journal.addSession(ann, session(START.minus(Duration.ofDays(1)), exercise("cobra", Response.SPREAD)));
        journal.addSession(ann, session(START, exercise("cobra", Response.EASED)));
        journal.addCheckIn(ann, checkIn(START, 8, 8, PainExtent.FOOT, Set.of("severe-pain")));
        journal.addSession(bob, session(START.minus(Duration.ofDays(2))));

        Insights insights = journal.insights(ann);

        assertEquals(2, insights.adherence().currentStreakDays());
        assertEquals(2, insights.adherence().sessionsThisWeek());
        assertEquals(3, insights.adherence().plannedPerWeek());
        assertEquals(1, insights.pain().size());
        assertEquals(List.of("red-flag", "stop-exercise"), insights.notes().stream()
                .map(Insights.InsightNote::code).toList());
        assertTrue(insights.pendingRedFlags() != null);
        assertEquals(0, journal.insights(bob).pain().size());
        assertEquals(1, journal.insights(bob).adherence().sessionsThisWeek());
    }

    // ---- export and import ----

    @Test
    void anExportImportsIntoAnotherEmptyJournalLosslessly() {
        journal.setPlan(ann, new Plan(4, Set.of(DayOfWeek.SUNDAY), ZoneId.of("Europe/Berlin")));
        SessionEntry session = journal.addSession(ann, session(START.minus(Duration.ofHours(2)),
                exercise("cobra", Response.CENTRALIZED), exercise("bridge", null)));
        journal.addCheckIn(ann, new CheckInData(START.minus(Duration.ofHours(3)), CheckInTiming.BEFORE_SESSION,
                session.id(), 5, 6, PainExtent.THIGH, true, true, false, 20, 4, true, Set.of(), "before"));
        CheckIn flagged = journal.addCheckIn(ann, checkIn(START, 8, 8, PainExtent.FOOT, Set.of("severe-pain")));
        journal.acknowledgeRedFlags(ann, flagged.id());
        journal.addCheckIn(ann, checkIn(START.minus(Duration.ofDays(9)), 3, 3, PainExtent.BUTTOCK, Set.of()));
        journal.markDay(ann, new DayMark(LocalDate.of(2026, 11, 10), DayKind.REST));

        JournalExport exported = journal.export(ann);
        clock.advance(Duration.ofHours(1));
        JournalExport imported = journal.importAll(bob, exported);
        JournalExport again = journal.export(bob);

        assertEquals(3, imported.checkIns().size());
        assertEquals(Essence.of(exported), Essence.of(again));
        long newSessionId = again.sessions().get(0).id();
        assertEquals(newSessionId, again.checkIns().get(1).data().sessionId());
    }

    @Test
    void importingIntoAJournalThatIsNotEmptyIsAConflict() {
        journal.markDay(bob, new DayMark(LocalDate.of(2026, 11, 10), DayKind.REST));
        journal.addCheckIn(ann, checkIn(START, 3, 3, PainExtent.BUTTOCK, Set.of()));

        assertFails(Reason.CONFLICT, null, () -> journal.importAll(bob, journal.export(ann)));
        assertEquals(List.of(), journal.checkIns(bob, null, null, 100));
    }

    @Test
    void anInvalidImportNamesTheRecordAndStoresNothing() {
        CheckIn good = new CheckIn(1, checkIn(START, 3, 3, PainExtent.BUTTOCK, Set.of()), START, null);
        CheckIn bad = new CheckIn(2, checkIn(START, 3, 13, PainExtent.BUTTOCK, Set.of()), START, null);

        assertFails(Reason.INVALID, "checkIns[1].legPain", () -> journal.importAll(bob,
                new JournalExport(1, START, null, List.of(good, bad), List.of(), List.of())));
        assertEquals(List.of(), journal.checkIns(bob, null, null, 100));
    }

    /** An export without what an import changes: record ids (session links as positions) and the export time. */
    private record Essence(Plan plan, List<Object> checkIns, List<Object> sessions, List<DayMark> days) {
        static Essence of(JournalExport export) {
            List<Long> sessionIds = export.sessions().stream().map(SessionEntry::id).toList();
            return new Essence(export.plan(),
                    export.checkIns().stream().map(c -> (Object) List.of(withLink(c.data(), sessionIds),
                            c.recordedAt(), Optional.ofNullable(c.redFlagsAcknowledgedAt()))).toList(),
                    export.sessions().stream().map(s -> (Object) List.of(s.data(), s.recordedAt())).toList(),
                    export.days());
        }

        private static CheckInData withLink(CheckInData d, List<Long> sessionIds) {
            Long position = d.sessionId() == null ? null : (long) sessionIds.indexOf(d.sessionId());
            return new CheckInData(d.at(), d.timing(), position, d.backPain(), d.legPain(), d.legExtent(),
                    d.numbness(), d.tingling(), d.weakness(), d.sittingMinutes(), d.sleepQuality(), d.flare(),
                    d.redFlags(), d.notes());
        }
    }
}
