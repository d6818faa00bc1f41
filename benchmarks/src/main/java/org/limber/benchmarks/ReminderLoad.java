package org.limber.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;
import org.limber.reminder.internal.ReminderComponent;
import org.limber.reminder.internal.ReminderConfig;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.internal.SqlStorage;
import org.sqlite.SQLiteDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The reminder scheduler under load, without Karaf: Limber's own storage ({@code SqlStorage}, migrations included)
 * on SQLite or PostgreSQL and the reminder component as the distribution runs it (its scheduler thread, the system
 * clock, default settings), with a channel that does nothing but note when each reminder reached it.
 * <p>
 * {@code USERS} users with one routine each, reminded three times a day in one of eight time zones; every tenth
 * user (so {@code USERS / 10}) has a reminder at the same whole minute T, a few minutes after set-up, the others
 * none within three hours of it. The users are written with plain SQL in one transaction (creating 100,000 through
 * the stores one commit at a time would take longer than the benchmark); a sample is read back through the
 * reminder store to check the fixture means what it should.
 * <p>
 * Measured: lateness of each reminder (the no-op channel receiving it minus its due time T) p50 / p99 / max; the
 * time until every delivery is recorded as delivered; the JVM heap after a full GC before the engine starts, while
 * it idles (ten seconds before T), while it holds the burst's deliveries (1.5 s before T) and after the burst, and
 * the heap's peak from then to the last delivery (garbage included).
 *
 * <pre>java -cp … org.limber.benchmarks.ReminderLoad sqlite FILE USERS LEAD_SECONDS
 * java -cp … org.limber.benchmarks.ReminderLoad postgresql JDBC_URL USER PASSWORD USERS LEAD_SECONDS</pre>
 * Prints REMINDERS_* lines.
 */
public final class ReminderLoad {
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC",
            "Australia/Sydney", "America/Los_Angeles", "Asia/Kolkata", "Europe/London");
    private static final int BATCH = 1000;

    private ReminderLoad() {
    }

    public static void main(String[] args) throws Exception {
        String dialect = args[0];
        DataSource dataSource;
        int users;
        int leadSeconds;
        if (dialect.equals("sqlite")) {
            SQLiteDataSource sqlite = new SQLiteDataSource();
            sqlite.setUrl("jdbc:sqlite:" + Path.of(args[1]).toAbsolutePath()
                    + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
            sqlite.setBusyTimeout(10000);
            sqlite.setTransactionMode("IMMEDIATE");
            dataSource = sqlite;
            users = Integer.parseInt(args[2]);
            leadSeconds = Integer.parseInt(args[3]);
        } else {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(args[1]);
            config.setUsername(args[2]);
            config.setPassword(args[3]);
            config.setMaximumPoolSize(10);
            dataSource = new HikariDataSource(config);
            users = Integer.parseInt(args[4]);
            leadSeconds = Integer.parseInt(args[5]);
        }
        int due = users / 10;
        SqlStorage storage = SqlStorage.start(dataSource);
        Instant target = Instant.now().plusSeconds(leadSeconds).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        long setupStart = System.nanoTime();
        insert(dataSource, users, target);
        System.out.printf("REMINDERS_USERS=%d%nREMINDERS_DUE=%d%nREMINDERS_DIALECT=%s%nREMINDERS_SETUP_S=%.1f%n", users,
                due, storage.status().dialect(), (System.nanoTime() - setupStart) / 1e9);
        check(storage, target);
        if (Instant.now().isAfter(target.minusSeconds(20))) {
            throw new IllegalStateException("set-up ended too close to the due minute " + target
                    + ": give a longer lead");
        }

        long before = heapAfterGc();
        ReminderStore reminders = System.getenv("TRACE") == null ? storage.reminders()
                : traced(storage.reminders(), target);
        ReminderComponent component = new ReminderComponent(config(), reminders, storage.routines(), storage.users());
        NoopChannel channel = new NoopChannel(due);
        component.addChannel(channel, Map.of(ReminderChannel.CHANNEL_ID, "noop"));
        // idle: running, before the lookahead (5 s) brings the burst's claims
        sleepUntil(target.minusSeconds(10));
        long idle = heapAfterGc();
        // holding: the burst claimed (within the lookahead) and held until T
        sleepUntil(target.minusMillis(1500));
        long holding = heapAfterGc();
        resetPeaks();
        System.out.println("REMINDERS_DUE_AT=" + target);
        Instant deadline = target.plusSeconds(120);
        while (channel.received() < due && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        long peak = peakHeap();
        int received = channel.received();
        long allReceived = System.currentTimeMillis() - target.toEpochMilli();
        Instant recordDeadline = Instant.now().plusSeconds(300);
        int delivered;
        while ((delivered = delivered(dataSource)) < received && Instant.now().isBefore(recordDeadline)) {
            Thread.sleep(100);
        }
        long allRecorded = System.currentTimeMillis() - target.toEpochMilli();
        long after = heapAfterGc();
        component.deactivate();

        long[] lateness = channel.lateness();
        Arrays.sort(lateness);
        System.out.printf("REMINDERS_RECEIVED=%d%nREMINDERS_DUPLICATES=%d%nREMINDERS_RECORDED_DELIVERED=%d%n",
                received, channel.duplicates.get(), delivered);
        if (lateness.length > 0) {
            System.out.printf("REMINDERS_MIN_MS=%d%nREMINDERS_P10_MS=%d%n", lateness[0], lateness[lateness.length / 10]);
            System.out.printf("REMINDERS_P50_MS=%d%nREMINDERS_P99_MS=%d%nREMINDERS_MAX_MS=%d%n",
                    lateness[lateness.length / 2], lateness[(int) Math.ceil(lateness.length * 0.99) - 1],
                    lateness[lateness.length - 1]);
        }
        System.out.printf("REMINDERS_ALL_RECEIVED_MS=%d%nREMINDERS_ALL_RECORDED_MS=%d%n", allReceived, allRecorded);
        System.out.printf("REMINDERS_HEAP_BEFORE_MIB=%.1f%nREMINDERS_HEAP_IDLE_MIB=%.1f%nREMINDERS_HEAP_HOLDING_MIB=%.1f%n"
                + "REMINDERS_HEAP_AFTER_MIB=%.1f%nREMINDERS_HEAP_PEAK_MIB=%.1f%n", mib(before), mib(idle), mib(holding),
                mib(after), mib(peak));
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
        System.exit(0);
    }

    /** With TRACE set: each call to the reminder store that writes, when it started (from T) and how long it took. */
    private static ReminderStore traced(ReminderStore store, Instant target) {
        return (ReminderStore) Proxy.newProxyInstance(ReminderStore.class.getClassLoader(),
                new Class<?>[] {ReminderStore.class}, (proxy, method, arguments) -> {
                    long start = System.nanoTime();
                    long since = System.currentTimeMillis() - target.toEpochMilli();
                    try {
                        return method.invoke(store, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (!method.getName().equals("recordAttempt") && since > -2000) {
                            System.out.printf("TRACE %s at %+d ms took %.1f ms%n", method.getName(), since,
                                    (System.nanoTime() - start) / 1e6);
                        }
                    }
                });
    }

    /** The component's configuration: every default, as shipped. */
    private static ReminderConfig config() {
        return (ReminderConfig) Proxy.newProxyInstance(ReminderConfig.class.getClassLoader(),
                new Class<?>[] {ReminderConfig.class}, (proxy, method, arguments) -> method.getDefaultValue());
    }

    private static void insert(DataSource dataSource, int users, Instant target) throws SQLException {
        long now = System.currentTimeMillis();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement user = connection.prepareStatement("INSERT INTO users (id, username, "
                    + "password_hash, role, created_at) VALUES (?, ?, 'x', 'user', ?)");
                 PreparedStatement routine = connection.prepareStatement("INSERT INTO routines (id, user_id, name, "
                         + "days, created_at, updated_at) VALUES (?, ?, ?, 127, ?, ?)");
                 PreparedStatement preferences = connection.prepareStatement("INSERT INTO reminder_preferences "
                         + "(user_id, time_zone, snooze_minutes, detailed_text) VALUES (?, ?, 10, ?)");
                 PreparedStatement plan = connection.prepareStatement("INSERT INTO reminder_plans (routine_id, "
                         + "user_id, times, channel_ids, enabled, days, next_due) VALUES (?, ?, ?, 'noop', ?, 127, ?)")) {
                for (int i = 1; i <= users; i++) {
                    ZoneId zone = ZoneId.of(ZONES.get(i % ZONES.size()));
                    boolean isDue = i % 10 == 0;
                    // offsets from T of the three daily reminders; the earliest is the next one
                    Duration[] offsets = isDue ? new Duration[] {Duration.ZERO, Duration.ofHours(6), Duration.ofHours(12)}
                            : new Duration[] {Duration.ofMinutes(180 + i % 180), Duration.ofMinutes(480 + i % 180),
                                    Duration.ofMinutes(780 + i % 180)};
                    StringBuilder times = new StringBuilder();
                    for (Duration offset : offsets) {
                        LocalTime local = target.plus(offset).atZone(zone).toLocalTime();
                        times.append(times.length() == 0 ? "" : ",").append(local);
                    }
                    user.setLong(1, i);
                    user.setString(2, String.format("bench-%06d", i));
                    user.setLong(3, now);
                    user.addBatch();
                    routine.setLong(1, i);
                    routine.setLong(2, i);
                    routine.setString(3, "evening routine");
                    routine.setLong(4, now);
                    routine.setLong(5, now);
                    routine.addBatch();
                    preferences.setLong(1, i);
                    preferences.setString(2, zone.getId());
                    preferences.setBoolean(3, false);
                    preferences.addBatch();
                    plan.setLong(1, i);
                    plan.setLong(2, i);
                    plan.setString(3, times.toString());
                    plan.setBoolean(4, true);
                    plan.setLong(5, target.plus(offsets[0]).toEpochMilli());
                    plan.addBatch();
                    if (i % BATCH == 0 || i == users) {
                        user.executeBatch();
                        routine.executeBatch();
                        preferences.executeBatch();
                        plan.executeBatch();
                    }
                }
            }
            connection.commit();
        }
    }

    /** Reads a due and a not-due user back through the reminder store. */
    private static void check(SqlStorage storage, Instant target) {
        ScheduleRow dueRow = storage.reminders().schedules(10L, 10).get(0);
        ScheduleRow laterRow = storage.reminders().schedules(11L, 10).get(0);
        if (!target.equals(dueRow.state().nextDue()) || dueRow.plan().times().size() != 3
                || dueRow.state().days().size() != 7 || !dueRow.plan().channelIds().equals(List.of("noop"))
                || !laterRow.state().nextDue().isAfter(target.plus(Duration.ofHours(2)))) {
            throw new IllegalStateException("the fixture is not read back as written: " + dueRow + " / " + laterRow);
        }
    }

    private static int delivered(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM reminder_deliveries WHERE status = "
                     + "'delivered'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset (an upper bound: pools peak at different times). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long millis = Duration.between(Instant.now(), at).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Delivers nothing; notes how late each reminder reached it. */
    private static final class NoopChannel implements ReminderChannel {
        private final long[] lateness;
        private final AtomicInteger count = new AtomicInteger();
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger duplicates = new AtomicInteger();

        NoopChannel(int expected) {
            this.lateness = new long[expected * 2];
        }

        @Override
        public String id() {
            return "noop";
        }

        @Override
        public String label() {
            return "No-op";
        }

        @Override
        public String addressLabel() {
            return null;
        }

        @Override
        public DeliveryOutcome deliver(ReminderMessage message) {
            long late = System.currentTimeMillis() - message.dueAt().toEpochMilli();
            if (!seen.add(message.deliveryId())) {
                duplicates.incrementAndGet();
                return DeliveryOutcome.delivered("again");
            }
            int index = count.getAndIncrement();
            if (index < lateness.length) {
                lateness[index] = late;
            }
            return DeliveryOutcome.delivered("noop");
        }

        int received() {
            return count.get();
        }

        long[] lateness() {
            return Arrays.copyOf(lateness, Math.min(count.get(), lateness.length));
        }
    }
}
