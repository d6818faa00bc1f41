package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.PendingDelivery;
import org.limber.storage.api.ReminderStore;

/**
 * Two claimers at once, each call on a connection of its own, as two Limber nodes on one PostgreSQL would be (and
 * two threads of one Limber on SQLite): every due plan and every delivery is claimed exactly once, and the daily cap
 * holds across them.
 */
class ConcurrentClaimTest {
    private static final int CLAIMERS = 2;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    @EachDialect
    void twoClaimersNeverTakeTheSamePlan(Dialect dialect) throws Exception {
        DataSource dataSource = TestStorage.database(dialect, base, POSTGRES);
        ReminderStore reminders = SqlStorage.start(dataSource).reminders();
        // 400 users with 3 plans each, of which 2 are due within the last minute.
        List<Long> routines = BulkPlans.add(dataSource, 400, 3,
                (user, plan) -> plan == 2 ? NOW.plusSeconds(3600) : NOW.minusMillis(user * 150L + plan));
        Set<Long> due = new HashSet<>();
        for (int i = 0; i < routines.size(); i++) {
            if (i % 3 != 2) {
                due.add(routines.get(i));
            }
        }

        List<Set<Long>> claimed = claimConcurrently(reminders, 25, null);

        Set<Long> union = new HashSet<>(claimed.get(0));
        union.addAll(claimed.get(1));
        Set<Long> intersection = new HashSet<>(claimed.get(0));
        intersection.retainAll(claimed.get(1));
        assertEquals(due, union, "every due plan claimed");
        assertEquals(Set.of(), intersection, "no plan claimed by both");
        assertTrue(!claimed.get(0).isEmpty() && !claimed.get(1).isEmpty(), "both claimers took a share");
        assertEquals(due.size(), deliveries(dataSource), "one delivery each");
        assertEquals(Optional.of(NOW.plusSeconds(3600)), reminders.earliestDue(), "none left due");
    }

    @EachDialect
    void theDailyCapHoldsAcrossClaimers(Dialect dialect) throws Exception {
        capHoldsAcrossClaimers(TestStorage.database(dialect, base, POSTGRES));
    }

    /**
     * An administrator may make another isolation level the database's default: claims still neither fail on rows
     * another node changed nor count past the cap.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"repeatable read", "serializable"})
    void claimsHoldWhateverTheDefaultIsolation(String isolation) throws Exception {
        DataSource dataSource = POSTGRES.newDatabase();
        try (Connection connection = dataSource.getConnection()) {
            ConnectionSettingsTest.execute(connection, "ALTER DATABASE " + ConnectionSettingsTest.single(connection,
                    "SELECT current_database()") + " SET default_transaction_isolation = '" + isolation + "'");
        }
        capHoldsAcrossClaimers(dataSource);
    }

    private static void capHoldsAcrossClaimers(DataSource dataSource) throws Exception {
        ReminderStore reminders = SqlStorage.start(dataSource).reminders();
        // 300 users with 2 plans each, due at the same instant; small, odd batches split users between claimers.
        int users = 300;
        BulkPlans.add(dataSource, users, 2, (user, plan) -> NOW.minusMillis(user));

        List<Set<Long>> claimed = claimConcurrently(reminders, 7, 1);

        assertEquals(2 * users, claimed.get(0).size() + claimed.get(1).size());
        assertEquals(users, deliveries(dataSource), "one reminder per user, with a cap of 1");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(String.valueOf(users), ConnectionSettingsTest.single(connection,
                    "SELECT count(DISTINCT user_id) FROM reminder_deliveries"));
        }
    }

    @EachDialect
    void twoClaimersNeverLeaseTheSameDelivery(Dialect dialect) throws Exception {
        DataSource dataSource = TestStorage.database(dialect, base, POSTGRES);
        ReminderStore reminders = SqlStorage.start(dataSource).reminders();
        BulkPlans.add(dataSource, 600, 1, (user, plan) -> NOW.minusMillis(user));
        claimConcurrently(reminders, 100, null);
        int total = deliveries(dataSource);
        assertEquals(600, total);

        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Set<Long>>> claimers = new ArrayList<>();
        try {
            for (int c = 0; c < CLAIMERS; c++) {
                claimers.add(pool.submit(() -> {
                    go.await();
                    Set<Long> mine = new HashSet<>();
                    List<PendingDelivery> batch;
                    do {
                        batch = reminders.claimDeliveries(NOW, List.of("email"), 15, NOW.plusSeconds(60));
                        for (PendingDelivery delivery : batch) {
                            mine.add(delivery.id());
                        }
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            go.countDown();
            Set<Long> first = claimers.get(0).get(120, TimeUnit.SECONDS);
            Set<Long> second = claimers.get(1).get(120, TimeUnit.SECONDS);
            Set<Long> intersection = new HashSet<>(first);
            intersection.retainAll(second);
            assertEquals(Set.of(), intersection, "no delivery leased by both");
            assertEquals(total, first.size() + second.size(), "every delivery leased");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each claimer claims until a claim finds nothing; returns the routine ids each one was handed. */
    private static List<Set<Long>> claimConcurrently(ReminderStore reminders, int limit, Integer cap)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Set<Long>>> claimers = new ArrayList<>();
        try {
            for (int c = 0; c < CLAIMERS; c++) {
                claimers.add(pool.submit(() -> {
                    go.await();
                    Set<Long> mine = new HashSet<>();
                    List<Long> batch = new ArrayList<>();
                    do {
                        batch.clear();
                        reminders.claimDue(NOW, limit, row -> {
                            batch.add(row.routineId());
                            return new DueDecision(NOW.plusSeconds(86_400), null, new DueDecision.Send(
                                    row.state().nextDue(), TODAY, cap, "Limber", "Time", null));
                        });
                        for (long routine : batch) {
                            if (!mine.add(routine)) {
                                throw new AssertionError("Routine " + routine + " claimed twice by one claimer");
                            }
                        }
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            go.countDown();
            List<Set<Long>> claimed = new ArrayList<>();
            for (Future<Set<Long>> claimer : claimers) {
                claimed.add(claimer.get(120, TimeUnit.SECONDS));
            }
            return claimed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int deliveries(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return Integer.parseInt(ConnectionSettingsTest.single(connection,
                    "SELECT count(*) FROM reminder_deliveries"));
        }
    }
}
