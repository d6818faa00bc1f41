package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.journal.api.CheckIn;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionEntry;
import org.limber.storage.api.JournalStore;

/** One user's records, by id, are invisible and untouchable to another: exactly as ids that do not exist. */
class JournalIsolationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private DataSource dataSource;
    private JournalStore journal;
    private long ann;
    private long bob;
    private SessionEntry annsSession;
    private CheckIn annsCheckIn;

    private void open(Dialect dialect) throws Exception {
        dataSource = TestStorage.database(dialect, base, POSTGRES);
        SqlStorage storage = SqlStorage.start(dataSource);
        journal = storage.journal();
        ann = TestStorage.user(storage, "ann");
        bob = TestStorage.user(storage, "bob");
        annsSession = journal.addSession(ann, TestStorage.session(NOW), NOW);
        annsCheckIn = journal.addCheckIn(ann, TestStorage.fullCheckIn(NOW, annsSession.id()), NOW);
        journal.putDayMark(ann, new DayMark(DAY, DayKind.FLARE));
        journal.putPlan(ann, TestStorage.plan());
    }

    @EachDialect
    void anotherUserReadsNothing(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(Optional.empty(), journal.checkIn(bob, annsCheckIn.id()));
        assertEquals(Optional.empty(), journal.session(bob, annsSession.id()));
        assertEquals(List.of(), journal.checkIns(bob, Instant.MIN, Instant.MAX, 1000));
        assertEquals(List.of(), journal.sessions(bob, Instant.MIN, Instant.MAX, 1000));
        assertEquals(List.of(), journal.dayMarks(bob, DAY.minusYears(1), DAY.plusYears(1)));
        assertEquals(Optional.empty(), journal.plan(bob));
        assertTrue(journal.isEmpty(bob));
    }

    @EachDialect
    void anotherUserChangesNothing(Dialect dialect) throws Exception {
        open(dialect);
        Map<String, Integer> before = TestStorage.rowCounts(dataSource);
        assertFalse(journal.acknowledgeRedFlags(bob, annsCheckIn.id(), NOW));
        assertFalse(journal.deleteCheckIn(bob, annsCheckIn.id()));
        assertFalse(journal.deleteSession(bob, annsSession.id()));
        assertFalse(journal.deleteDayMark(bob, DAY));
        assertEquals(before, TestStorage.rowCounts(dataSource));

        assertEquals(Optional.of(annsCheckIn), journal.checkIn(ann, annsCheckIn.id()), "not acknowledged, still linked");
        assertEquals(Optional.of(annsSession), journal.session(ann, annsSession.id()));
        assertEquals(List.of(new DayMark(DAY, DayKind.FLARE)), journal.dayMarks(ann, DAY, DAY));
    }

    @EachDialect
    void anotherUsersWritesStayTheirOwn(Dialect dialect) throws Exception {
        open(dialect);
        journal.putDayMark(bob, new DayMark(DAY, DayKind.REST));
        journal.putPlan(bob, new Plan(2, Set.of(), ZoneId.of("UTC")));
        assertEquals(List.of(new DayMark(DAY, DayKind.FLARE)), journal.dayMarks(ann, DAY, DAY));
        assertEquals(Optional.of(TestStorage.plan()), journal.plan(ann));
        assertEquals(List.of(new DayMark(DAY, DayKind.REST)), journal.dayMarks(bob, DAY, DAY));
    }

    @EachDialect
    void aCheckInCannotLinkToAnotherUsersSession(Dialect dialect) throws Exception {
        open(dialect);
        CheckIn bobs = journal.addCheckIn(bob, TestStorage.fullCheckIn(NOW, annsSession.id()), NOW);
        assertNull(bobs.data().sessionId());
        assertNull(journal.checkIn(bob, bobs.id()).orElseThrow().data().sessionId());
        assertTrue(journal.deleteSession(ann, annsSession.id()));
        assertEquals(Optional.of(bobs), journal.checkIn(bob, bobs.id()));
    }
}
