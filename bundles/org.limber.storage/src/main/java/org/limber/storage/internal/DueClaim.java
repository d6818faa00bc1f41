package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.limber.storage.api.DueDecision;
import org.limber.storage.api.ScheduleRow;

/**
 * Claims due reminder plans and applies the engine's decisions, inside the caller's write transaction. Every step
 * after the claim is one JDBC batch of UPDATEs by primary key (each always an index lookup) or one multi-row INSERT
 * per 500 rows, so a claim of hundreds of plans is a handful of round trips.
 * <p>
 * The daily cap is checked and counted by one UPDATE per reminder on the user's preferences row whose condition is
 * the cap, so two reminders of one user claimed at once (in one claim, or by two nodes) never both pass a cap they
 * would exceed together. Those UPDATEs (and the inserts of missing rows before them) run in user id order: two nodes
 * lock preferences rows in the same order and never deadlock.
 */
final class DueClaim {
    private static final String COUNT = "UPDATE reminder_preferences SET cap_count = CASE WHEN cap_day = ? "
            + "THEN cap_count + 1 ELSE 1 END, cap_day = ? WHERE user_id = ? "
            + "AND (? IS NULL OR cap_day IS NULL OR cap_day <> ? OR cap_count < ?)";
    private static final String DELIVERIES = "INSERT INTO reminder_deliveries (user_id, routine_id, channel_id, "
            + "due_at, next_attempt_at, title, text, link, status, attempts) VALUES ";

    private DueClaim() {
    }

    /** @return the number of deliveries inserted */
    static int claim(Connection connection, Dialect dialect, Instant now, int limit,
            Function<ScheduleRow, DueDecision> decider) throws SQLException {
        dialect.readCommitted(connection);
        List<Claimed> claimed = select(connection, dialect, now, limit);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Decided> decided = new ArrayList<>(claimed.size());
        for (Claimed plan : claimed) {
            decided.add(new Decided(plan, Objects.requireNonNull(decider.apply(plan.row()),
                    "The decider returned no decision")));
        }
        reschedule(connection, decided);
        List<Decided> sends = decided.stream()
                .filter(one -> one.decision().send() != null && !one.row().plan().channelIds().isEmpty())
                .sorted(Comparator.comparingLong(one -> one.row().userId()))
                .toList();
        if (sends.isEmpty()) {
            return 0;
        }
        Set<Long> withoutPreferences = new LinkedHashSet<>();
        for (Decided send : sends) {
            if (!send.claimed().hasPreferences()) {
                withoutPreferences.add(send.row().userId());
            }
        }
        PreferenceRows.insertDefaults(connection, List.copyOf(withoutPreferences));
        return insertDeliveries(connection, counted(connection, sends));
    }

    private static List<Claimed> select(Connection connection, Dialect dialect, Instant now, int limit)
            throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        if (limit <= 0) {
            return claimed;
        }
        try (PreparedStatement select = Columns.bind(connection.prepareStatement(ScheduleRows.SELECT
                + "WHERE p.enabled = TRUE AND p.next_due <= ? ORDER BY p.next_due, p.routine_id LIMIT ?"
                + dialect.claimLocks("p", "u, r")), now, limit);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                claimed.add(new Claimed(ScheduleRows.read(rows), ScheduleRows.hasPreferences(rows)));
            }
        }
        return claimed;
    }

    private static void reschedule(Connection connection, List<Decided> decided) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE reminder_plans SET next_due = ?, snooze_until = ? WHERE routine_id = ?")) {
            for (Decided one : decided) {
                Columns.setInstant(update, 1, one.decision().nextDue());
                Columns.setInstant(update, 2, one.decision().snoozeUntil());
                update.setLong(3, one.row().routineId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The sends the daily cap lets through, each counted. */
    private static List<Decided> counted(Connection connection, List<Decided> sends) throws SQLException {
        int[] counts;
        try (PreparedStatement count = connection.prepareStatement(COUNT)) {
            for (Decided one : sends) {
                DueDecision.Send send = one.decision().send();
                String day = Objects.requireNonNull(send.localDay(), "A send needs the user's local day").toString();
                count.setString(1, day);
                count.setString(2, day);
                count.setLong(3, one.row().userId());
                Columns.setInteger(count, 4, send.dailyCap());
                count.setString(5, day);
                Columns.setInteger(count, 6, send.dailyCap());
                count.addBatch();
            }
            counts = count.executeBatch();
        }
        List<Decided> passed = new ArrayList<>(sends.size());
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                passed.add(sends.get(i));
            }
        }
        return passed;
    }

    private static int insertDeliveries(Connection connection, List<Decided> sends) throws SQLException {
        List<Delivery> deliveries = new ArrayList<>();
        for (Decided one : sends) {
            for (String channelId : one.row().plan().channelIds()) {
                deliveries.add(new Delivery(one, channelId));
            }
        }
        for (List<Delivery> chunk : MultiRow.chunks(deliveries)) {
            try (PreparedStatement insert = connection.prepareStatement(DELIVERIES
                    + MultiRow.tuples(chunk.size(), 10))) {
                int index = 1;
                for (Delivery delivery : chunk) {
                    DueDecision.Send send = delivery.decided().decision().send();
                    insert.setLong(index++, delivery.decided().row().userId());
                    insert.setLong(index++, delivery.decided().row().routineId());
                    insert.setString(index++, delivery.channelId());
                    Columns.setInstant(insert, index++, send.dueAt());
                    Columns.setInstant(insert, index++, send.dueAt());
                    insert.setString(index++, send.title());
                    insert.setString(index++, send.text());
                    Columns.setText(insert, index++, send.link());
                    insert.setString(index++, "pending");
                    insert.setInt(index++, 0);
                }
                insert.executeUpdate();
            }
        }
        return deliveries.size();
    }

    private record Claimed(ScheduleRow row, boolean hasPreferences) {
    }

    private record Decided(Claimed claimed, DueDecision decision) {
        ScheduleRow row() {
            return claimed.row();
        }
    }

    private record Delivery(Decided decided, String channelId) {
    }
}
