package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
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
import org.limber.journal.api.PainExtent;
import org.limber.storage.api.JournalStore;

/**
 * Many writers at once, each call on a connection of its own: on SQLite every write waits its turn for the write
 * lock (BEGIN IMMEDIATE within the busy timeout) instead of failing, and every acknowledged write is there.
 */
class ConcurrentWritesTest {
    private static final int WRITERS = 32;
    private static final int WRITES_EACH = 8;

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    @EachDialect
    void concurrentCheckInsAllSucceedAndAllAreStored(Dialect dialect) throws Exception {
        DataSource dataSource = TestStorage.database(dialect, base, POSTGRES);
        SqlStorage storage = SqlStorage.start(dataSource);
        JournalStore journal = storage.journal();
        long[] users = {TestStorage.user(storage, "ann"), TestStorage.user(storage, "bob")};
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<CheckIn>>> writers = new ArrayList<>();
        long[] latencies = new long[WRITERS * WRITES_EACH];
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    go.await();
                    List<CheckIn> written = new ArrayList<>();
                    for (int i = 0; i < WRITES_EACH; i++) {
                        long started = System.nanoTime();
                        written.add(journal.addCheckIn(users[writer % 2], checkIn(writer, i), NOW));
                        latencies[writer * WRITES_EACH + i] = System.nanoTime() - started;
                    }
                    return written;
                }));
            }
            long started = System.nanoTime();
            go.countDown();
            List<CheckIn> acknowledged = new ArrayList<>();
            for (Future<List<CheckIn>> writer : writers) {
                acknowledged.addAll(writer.get(120, TimeUnit.SECONDS));
            }
            long elapsed = System.nanoTime() - started;
            report(dialect, elapsed, latencies, dataSource);

            assertEquals(WRITERS * WRITES_EACH, acknowledged.size());
            List<CheckIn> stored = new ArrayList<>();
            for (long user : users) {
                stored.addAll(journal.checkIns(user, Instant.MIN, Instant.MAX, 1000));
            }
            assertEquals(Set.copyOf(acknowledged), Set.copyOf(stored), "every acknowledged write, intact");
            assertEquals(WRITERS * WRITES_EACH, stored.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static CheckInData checkIn(int writer, int i) {
        return new CheckInData(NOW.minusSeconds(writer * 1000L + i), CheckInTiming.STANDALONE, null, writer % 11,
                i % 11, PainExtent.values()[i % PainExtent.values().length], i % 2 == 0, false, true, writer, i,
                false, Set.of(), "writer " + writer + " write " + i);
    }

    /** Prints what the run measured, and what opening a connection costs, for the record. */
    private static void report(Dialect dialect, long elapsedNanos, long[] latencies, DataSource dataSource)
            throws Exception {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int opens = 200;
        long started = System.nanoTime();
        for (int i = 0; i < opens; i++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.getAutoCommit();
            }
        }
        long openNanos = (System.nanoTime() - started) / opens;
        System.out.printf("%s: %d check-ins by %d writers in %d ms (%.0f/s); latency p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms; opening a connection %.2f ms%n", dialect.id(), latencies.length, WRITERS,
                TimeUnit.NANOSECONDS.toMillis(elapsedNanos), latencies.length * 1e9 / elapsedNanos,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, openNanos / 1e6);
    }
}
