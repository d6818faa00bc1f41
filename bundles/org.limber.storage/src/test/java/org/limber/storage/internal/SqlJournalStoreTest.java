package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionEntry;
import org.limber.storage.api.JournalStore;
import org.limber.storage.api.StorageException;

class SqlJournalStoreTest {
    private static final Instant RECORDED = NOW.plusSeconds(5);

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private JournalStore journal;
    private long ann;

    private void open(Dialect dialect) throws Exception {
        SqlStorage storage = TestStorage.start(dialect, base, POSTGRES);
        journal = storage.journal();
        ann = TestStorage.user(storage, "ann");
    }

    private static Instant hoursAgo(int hours) {
        return NOW.minus(Duration.ofHours(hours));
    }

    @EachDialect
    void aCheckInReadsBackAsStored(Dialect dialect) throws Exception {
        open(dialect);
        CheckIn full = journal.addCheckIn(ann, TestStorage.fullCheckIn(NOW, null), RECORDED);
        CheckIn bare = journal.addCheckIn(ann, TestStorage.bareCheckIn(NOW), RECORDED);
        assertEquals(new CheckIn(full.id(), TestStorage.fullCheckIn(NOW, null), RECORDED, null), full);
        assertEquals(Optional.of(full), journal.checkIn(ann, full.id()));
        assertEquals(Optional.of(bare), journal.checkIn(ann, bare.id()));
        assertEquals(Set.of("saddle-numbness", "bladder-changes"), full.data().redFlags());
        assertTrue(full.awaitsAcknowledgement());
        assertFalse(bare.data().reportsRedFlags());
        assertNull(bare.data().sittingMinutes());
        assertNull(bare.data().notes());
        assertEquals(Optional.empty(), journal.checkIn(ann, full.id() + bare.id() + 1000));
    }

    @EachDialect
    void timesAreKeptToTheMillisecond(Dialect dialect) throws Exception {
        open(dialect);
        Instant fine = Instant.parse("2026-11-21T08:30:00.123456789Z");
        CheckIn added = journal.addCheckIn(ann, TestStorage.bareCheckIn(fine), fine);
        Instant millis = Instant.parse("2026-11-21T08:30:00.123Z");
        assertEquals(millis, added.data().at());
        assertEquals(millis, added.recordedAt());
        assertEquals(Optional.of(added), journal.checkIn(ann, added.id()));
        CheckIn early = journal.addCheckIn(ann, TestStorage.bareCheckIn(Instant.parse("1969-12-31T23:59:59.999Z")),
                fine);
        assertEquals(Instant.parse("1969-12-31T23:59:59.999Z"), journal.checkIn(ann, early.id()).orElseThrow()
                .data().at());
    }

    @EachDialect
    void checkInsAreListedNewestFirstWithinTheRangeAndLimit(Dialect dialect) throws Exception {
        open(dialect);
        long fourHours = journal.addCheckIn(ann, TestStorage.bareCheckIn(hoursAgo(4)), NOW).id();
        long threeHours = journal.addCheckIn(ann, TestStorage.bareCheckIn(hoursAgo(3)), NOW).id();
        long twoHours = journal.addCheckIn(ann, TestStorage.bareCheckIn(hoursAgo(2)), NOW).id();
        long twoHoursToo = journal.addCheckIn(ann, TestStorage.bareCheckIn(hoursAgo(2)), NOW).id();
        long oneHour = journal.addCheckIn(ann, TestStorage.bareCheckIn(hoursAgo(1)), NOW).id();

        assertEquals(List.of(oneHour, twoHoursToo, twoHours, threeHours, fourHours), ids(journal.checkIns(ann,
                hoursAgo(10), NOW, 100)));
        assertEquals(List.of(twoHoursToo, twoHours, threeHours), ids(journal.checkIns(ann, hoursAgo(3), hoursAgo(1),
                100)), "from inclusive, to exclusive");
        assertEquals(List.of(oneHour, twoHoursToo), ids(journal.checkIns(ann, hoursAgo(10), NOW, 2)));
        assertEquals(List.of(oneHour, twoHoursToo, twoHours, threeHours, fourHours),
                ids(journal.checkIns(ann, Instant.MIN, Instant.MAX, 100)), "any instant bounds a range");
        assertEquals(List.of(), journal.checkIns(ann, NOW, hoursAgo(10), 100));
        assertEquals(List.of(), journal.checkIns(ann, hoursAgo(10), NOW, 0));
    }

    @EachDialect
    void aDeletedCheckInIsGone(Dialect dialect) throws Exception {
        open(dialect);
        long id = journal.addCheckIn(ann, TestStorage.bareCheckIn(NOW), NOW).id();
        assertTrue(journal.deleteCheckIn(ann, id));
        assertFalse(journal.deleteCheckIn(ann, id));
        assertEquals(Optional.empty(), journal.checkIn(ann, id));
    }

    @EachDialect
    void redFlagsAreAcknowledgedOnce(Dialect dialect) throws Exception {
        open(dialect);
        long id = journal.addCheckIn(ann, TestStorage.fullCheckIn(NOW, null), NOW).id();
        Instant first = NOW.plusSeconds(60);
        assertTrue(journal.acknowledgeRedFlags(ann, id, first));
        assertTrue(journal.acknowledgeRedFlags(ann, id, first.plusSeconds(60)), "the check-in exists");
        CheckIn acknowledged = journal.checkIn(ann, id).orElseThrow();
        assertEquals(first, acknowledged.redFlagsAcknowledgedAt(), "the first acknowledgement stays");
        assertFalse(acknowledged.awaitsAcknowledgement());
        assertFalse(journal.acknowledgeRedFlags(ann, id + 1000, first));
    }

    @EachDialect
    void aSessionReadsBackWithItsExercisesInOrder(Dialect dialect) throws Exception {
        open(dialect);
        SessionEntry full = journal.addSession(ann, TestStorage.session(NOW), RECORDED);
        SessionEntry bare = journal.addSession(ann, TestStorage.bareSession(NOW), RECORDED);
        assertEquals(new SessionEntry(full.id(), TestStorage.session(NOW), RECORDED), full);
        assertEquals(Optional.of(full), journal.session(ann, full.id()));
        assertEquals(Optional.of(bare), journal.session(ann, bare.id()));
        assertEquals(List.of("knee-to-chest", "sciatic-nerve-glide", "cat-cow"),
                journal.session(ann, full.id()).orElseThrow().data().exercises().stream()
                        .map(e -> e.exerciseId()).toList());
        assertEquals(Optional.empty(), journal.session(ann, full.id() + bare.id() + 1000));
    }

    @EachDialect
    void sessionsAreListedNewestFirstAndTheLimitCountsSessionsNotExercises(Dialect dialect) throws Exception {
        open(dialect);
        SessionEntry old = journal.addSession(ann, TestStorage.session(hoursAgo(30)), NOW);
        SessionEntry middle = journal.addSession(ann, TestStorage.bareSession(hoursAgo(20)), NOW);
        SessionEntry recent = journal.addSession(ann, TestStorage.session(hoursAgo(10)), NOW);
        assertEquals(List.of(recent, middle, old), journal.sessions(ann, hoursAgo(40), NOW, 100));
        assertEquals(List.of(recent, middle), journal.sessions(ann, hoursAgo(40), NOW, 2));
        assertEquals(List.of(middle, old), journal.sessions(ann, hoursAgo(30), hoursAgo(10), 100));
        assertEquals(List.of(), journal.sessions(ann, hoursAgo(40), NOW, 0));
    }

    @EachDialect
    void deletingASessionClearsTheCheckInsLinks(Dialect dialect) throws Exception {
        open(dialect);
        long session = journal.addSession(ann, TestStorage.session(NOW), NOW).id();
        long other = journal.addSession(ann, TestStorage.bareSession(NOW), NOW).id();
        CheckIn linked = journal.addCheckIn(ann, TestStorage.fullCheckIn(NOW, session), NOW);
        CheckIn linkedToOther = journal.addCheckIn(ann, TestStorage.fullCheckIn(NOW, other), NOW);
        assertEquals(session, linked.data().sessionId());

        assertTrue(journal.deleteSession(ann, session));
        assertFalse(journal.deleteSession(ann, session));
        assertEquals(Optional.empty(), journal.session(ann, session));
        CheckIn unlinked = journal.checkIn(ann, linked.id()).orElseThrow();
        assertNull(unlinked.data().sessionId());
        assertEquals(CheckInTiming.AFTER_SESSION, unlinked.data().timing(), "otherwise unchanged");
        assertEquals(other, journal.checkIn(ann, linkedToOther.id()).orElseThrow().data().sessionId());
    }

    @EachDialect
    void aLinkToASessionThatIsNotThereIsStoredAsNoLink(Dialect dialect) throws Exception {
        open(dialect);
        CheckIn checkIn = journal.addCheckIn(ann, TestStorage.fullCheckIn(NOW, 4242L), NOW);
        assertNull(checkIn.data().sessionId());
        assertNull(journal.checkIn(ann, checkIn.id()).orElseThrow().data().sessionId());
    }

    @EachDialect
    void aDayHasOneMarkAtMost(Dialect dialect) throws Exception {
        open(dialect);
        LocalDate monday = LocalDate.of(2026, 11, 16);
        journal.putDayMark(ann, new DayMark(monday, DayKind.REST));
        journal.putDayMark(ann, new DayMark(monday.plusDays(2), DayKind.FLARE));
        journal.putDayMark(ann, new DayMark(monday.plusDays(6), DayKind.REST));
        journal.putDayMark(ann, new DayMark(monday, DayKind.FLARE));
        assertEquals(List.of(new DayMark(monday, DayKind.FLARE), new DayMark(monday.plusDays(2), DayKind.FLARE),
                new DayMark(monday.plusDays(6), DayKind.REST)), journal.dayMarks(ann, monday, monday.plusDays(6)),
                "both ends inclusive, oldest first");
        assertEquals(List.of(new DayMark(monday.plusDays(2), DayKind.FLARE)),
                journal.dayMarks(ann, monday.plusDays(1), monday.plusDays(5)));
        assertTrue(journal.deleteDayMark(ann, monday));
        assertFalse(journal.deleteDayMark(ann, monday));
        assertEquals(2, journal.dayMarks(ann, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).size());
    }

    @EachDialect
    void thePlanIsAbsentUntilPutAndThenReplaced(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(Optional.empty(), journal.plan(ann));
        journal.putPlan(ann, TestStorage.plan());
        assertEquals(Optional.of(TestStorage.plan()), journal.plan(ann));
        Plan everyDay = new Plan(21, Set.of(), ZoneId.of("America/Argentina/Buenos_Aires"));
        journal.putPlan(ann, everyDay);
        assertEquals(Optional.of(everyDay), journal.plan(ann));
        Plan allRest = new Plan(1, Set.of(DayOfWeek.values()), ZoneId.of("UTC"));
        journal.putPlan(ann, allRest);
        assertEquals(Optional.of(allRest), journal.plan(ann));
    }

    @EachDialect
    void theJournalIsEmptyUntilAnythingIsInIt(Dialect dialect) throws Exception {
        open(dialect);
        assertTrue(journal.isEmpty(ann));
        journal.putPlan(ann, TestStorage.plan());
        assertFalse(journal.isEmpty(ann));
        long bob = ann + 1;
        assertTrue(journal.isEmpty(bob), "no such user: nothing in it");
    }

    @EachDialect
    void theDatabaseRefusesOutOfRangeValues(Dialect dialect) throws Exception {
        open(dialect);
        // The journal service validates first; the schema is the last line of defence.
        CheckInData painEleven = new CheckInData(NOW, CheckInTiming.STANDALONE, null, 11, 0, PainExtent.NONE, false,
                false, false, null, null, false, Set.of(), "private note 7c1e");
        StorageException e = assertThrows(StorageException.class, () -> journal.addCheckIn(ann, painEleven, NOW));
        assertTrue(e.getMessage().startsWith("The database could not add a check-in: "), e.getMessage());
        assertNoStoredValues(e, "private note 7c1e");
        assertThrows(StorageException.class, () -> journal.putPlan(ann, new Plan(0, Set.of(), ZoneId.of("UTC"))));
        assertTrue(journal.isEmpty(ann), "nothing of a failed write is left");
    }

    /** Neither the message nor any cause's message nor a suppressed one carries the value. */
    static void assertNoStoredValues(Throwable failure, String value) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(value), t.toString());
            for (Throwable suppressed : t.getSuppressed()) {
                assertNoStoredValues(suppressed, value);
            }
        }
    }

    static List<Long> ids(List<CheckIn> checkIns) {
        return checkIns.stream().map(CheckIn::id).toList();
    }
}
