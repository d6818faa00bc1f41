package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.ReminderStore;

/**
 * The benchmark's burst at the storage level: 10,000 reminders due in the same minute among three plans per user,
 * claimed 500 at a time. Prints how long it took, for the record; asserts only that everything was claimed once.
 * {@code -Dlimber.claimTiming.users=100000} runs it with the benchmark's 100,000 users (300,000 plans on record).
 */
class ClaimDueTimingTest {
    private static final int DUE = 10_000;
    private static final int LIMIT = 500;

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    @EachDialect
    void tenThousandDuePlansAreClaimedInBatchesOfFiveHundred(Dialect dialect) throws Exception {
        int users = Math.max(DUE, Integer.getInteger("limber.claimTiming.users", DUE));
        DataSource dataSource = TestStorage.database(dialect, base, POSTGRES);
        ReminderStore reminders = SqlStorage.start(dataSource).reminders();
        long started = System.nanoTime();
        // The first DUE users have one plan due within the last minute; every other plan is due in hours.
        BulkPlans.add(dataSource, users, 3, (user, plan) -> user < DUE && plan == 0
                ? NOW.minusMillis(60_000L * user / DUE) : NOW.plusSeconds(3600L * Math.max(plan, 1)));
        long filled = System.nanoTime() - started;

        List<Long> calls = new ArrayList<>();
        int deliveries = 0;
        int claimed;
        started = System.nanoTime();
        do {
            long call = System.nanoTime();
            int[] count = {0};
            deliveries += reminders.claimDue(NOW, LIMIT, row -> {
                count[0]++;
                return new DueDecision(NOW.plusSeconds(86_400), null, new DueDecision.Send(row.state().nextDue(),
                        LocalDate.of(2026, 11, 21), null, "Limber", "Time for your " + row.routineName(),
                        "/player/" + row.routineId()));
            });
            claimed = count[0];
            calls.add(System.nanoTime() - call);
        } while (claimed > 0);
        long elapsed = System.nanoTime() - started;

        assertEquals(DUE, deliveries);
        assertEquals(Optional.of(NOW.plusSeconds(3600)), reminders.earliestDue());
        List<Long> sorted = calls.subList(0, calls.size() - 1).stream().sorted().toList();
        System.out.printf("%s: claimDue of %d due plans (%d users, %d plans on record), %d per call: %d ms in %d "
                        + "calls (p50 %.1f ms, max %.1f ms per call); fixture written in %d ms%n", dialect.id(), DUE,
                users, 3 * users, LIMIT, TimeUnit.NANOSECONDS.toMillis(elapsed), calls.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                TimeUnit.NANOSECONDS.toMillis(filled));
    }
}
