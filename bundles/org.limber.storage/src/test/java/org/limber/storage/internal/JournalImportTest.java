package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.SessionEntry;
import org.limber.storage.api.JournalStore;
import org.limber.storage.api.StorageException;

/** Importing an export: into an empty journal only, all or nothing, with new ids and the links kept. */
class JournalImportTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private DataSource dataSource;
    private JournalStore journal;
    private long ann;
    private long bob;

    private void open(Dialect dialect) throws Exception {
        dataSource = TestStorage.database(dialect, base, POSTGRES);
        SqlStorage storage = SqlStorage.start(dataSource);
        journal = storage.journal();
        ann = TestStorage.user(storage, "ann");
        bob = TestStorage.user(storage, "bob");
    }

    /** Ann's journal with two sessions, check-ins linked to each and one standalone, days and a plan. */
    private JournalExport annsExport() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        SessionEntry first = journal.addSession(ann, TestStorage.session(yesterday), yesterday.plusSeconds(1));
        SessionEntry second = journal.addSession(ann, TestStorage.bareSession(NOW), NOW.plusSeconds(1));
        journal.addCheckIn(ann, TestStorage.fullCheckIn(yesterday.minusSeconds(60), first.id()), yesterday);
        long acknowledged = journal.addCheckIn(ann, TestStorage.fullCheckIn(NOW.plusSeconds(60), second.id()),
                NOW.plusSeconds(61)).id();
        journal.acknowledgeRedFlags(ann, acknowledged, NOW.plusSeconds(120));
        journal.addCheckIn(ann, TestStorage.bareCheckIn(NOW.minusSeconds(3600)), NOW);
        journal.putDayMark(ann, new DayMark(LocalDate.of(2026, 11, 15), DayKind.REST));
        journal.putDayMark(ann, new DayMark(LocalDate.of(2026, 11, 18), DayKind.FLARE));
        journal.putPlan(ann, TestStorage.plan());
        return export(ann);
    }

    private JournalExport export(long user) {
        return new JournalExport(JournalExport.FORMAT_VERSION, NOW, journal.plan(user).orElse(null),
                journal.checkIns(user, Instant.MIN, Instant.MAX, 10_000),
                journal.sessions(user, Instant.MIN, Instant.MAX, 10_000),
                journal.dayMarks(user, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)));
    }

    @EachDialect
    void anImportHoldsWhatWasExportedWithNewIdsAndTheLinksKept(Dialect dialect) throws Exception {
        open(dialect);
        JournalExport exported = annsExport();
        JournalExport imported = journal.importAll(bob, exported);

        assertEquals(imported, export(bob), "the answer is what is now stored");
        assertEquals(exported.plan(), imported.plan());
        assertEquals(exported.days(), imported.days());
        assertEquals(withoutIds(exported), withoutIds(imported));
        for (int i = 0; i < exported.sessions().size(); i++) {
            assertNotEquals(exported.sessions().get(i).id(), imported.sessions().get(i).id());
        }
        // Each of bob's check-ins links to bob's copy of the session ann's linked to.
        for (int i = 0; i < exported.checkIns().size(); i++) {
            Long annsLink = exported.checkIns().get(i).data().sessionId();
            Long bobsLink = imported.checkIns().get(i).data().sessionId();
            if (annsLink == null) {
                assertEquals(null, bobsLink);
            } else {
                int position = exported.sessions().stream().map(SessionEntry::id).toList().indexOf(annsLink);
                assertEquals(imported.sessions().get(position).id(), bobsLink);
            }
        }
        assertEquals(2, imported.checkIns().stream().filter(c -> c.data().sessionId() != null).count());
        assertEquals(exported, export(ann), "the exporting journal is untouched");
    }

    @EachDialect
    void anImportIntoAJournalThatIsNotEmptyChangesNothing(Dialect dialect) throws Exception {
        open(dialect);
        JournalExport exported = annsExport();
        journal.putDayMark(bob, new DayMark(LocalDate.of(2026, 1, 1), DayKind.REST));
        Map<String, Integer> before = TestStorage.rowCounts(dataSource);
        assertThrows(IllegalStateException.class, () -> journal.importAll(bob, exported));
        assertThrows(IllegalStateException.class, () -> journal.importAll(ann, exported));
        assertEquals(before, TestStorage.rowCounts(dataSource));
    }

    @EachDialect
    void aFailingImportLeavesNothingBehind(Dialect dialect) throws Exception {
        open(dialect);
        JournalExport exported = annsExport();
        List<CheckIn> checkIns = new ArrayList<>(exported.checkIns());
        CheckInData painEleven = new CheckInData(NOW, CheckInTiming.STANDALONE, null, 11, 0, PainExtent.NONE, false,
                false, false, null, null, false, Set.of(), null);
        checkIns.add(new CheckIn(999, painEleven, NOW, null));
        JournalExport broken = new JournalExport(exported.formatVersion(), exported.exportedAt(), exported.plan(),
                checkIns, exported.sessions(), exported.days());
        Map<String, Integer> before = TestStorage.rowCounts(dataSource);
        assertThrows(StorageException.class, () -> journal.importAll(bob, broken));
        assertEquals(before, TestStorage.rowCounts(dataSource));
        assertTrue(journal.isEmpty(bob));
    }

    @EachDialect
    void ofConcurrentImportsIntoOneJournalExactlyOneSucceeds(Dialect dialect) throws Exception {
        open(dialect);
        JournalExport exported = annsExport();
        int importers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(importers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<JournalExport>> results = new ArrayList<>();
            for (int i = 0; i < importers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return journal.importAll(bob, exported);
                }));
            }
            go.countDown();
            int succeeded = 0;
            for (Future<JournalExport> result : results) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                    succeeded++;
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof IllegalStateException, e.getCause().toString());
                }
            }
            assertEquals(1, succeeded);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(withoutIds(exported), withoutIds(export(bob)));
    }

    /** The export's content with record ids and session links left out. */
    private static List<Object> withoutIds(JournalExport export) {
        List<Object> content = new ArrayList<>();
        content.add(export.plan());
        content.add(export.days());
        for (SessionEntry session : export.sessions()) {
            content.add(List.of(session.data(), session.recordedAt()));
        }
        for (CheckIn checkIn : export.checkIns()) {
            CheckInData d = checkIn.data();
            content.add(new CheckInData(d.at(), d.timing(), null, d.backPain(), d.legPain(), d.legExtent(),
                    d.numbness(), d.tingling(), d.weakness(), d.sittingMinutes(), d.sleepQuality(), d.flare(),
                    d.redFlags(), d.notes()));
            content.add(String.valueOf(checkIn.recordedAt()) + " " + checkIn.redFlagsAcknowledgedAt());
        }
        return content;
    }
}
