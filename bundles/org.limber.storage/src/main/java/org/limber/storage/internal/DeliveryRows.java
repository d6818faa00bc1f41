package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryAttempt;
import org.limber.reminder.api.DeliveryStatus;

/**
 * Deliveries in {@code reminder_deliveries} and their attempts in {@code delivery_attempts}: the delivery log and
 * recording an attempt, on a connection the caller manages.
 */
final class DeliveryRows {
    private DeliveryRows() {
    }

    /**
     * Records an attempt: the delivery's new status, one more attempt, its last error; the lease ends. Its next
     * attempt time is kept only while it is pending or retrying (then as given, or the one it had when none is
     * given, so that it is never left without one). Nothing when the delivery is gone (its routine deleted).
     */
    static void recordAttempt(Connection connection, long deliveryId, DeliveryAttempt attempt, DeliveryStatus status,
            Instant nextAttemptAt, String lastError) throws SQLException {
        boolean open = status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING;
        try (PreparedStatement update = connection.prepareStatement("UPDATE reminder_deliveries SET status = ?, "
                + "attempts = attempts + 1, next_attempt_at = " + (open ? "COALESCE(?, next_attempt_at)" : "?")
                + ", last_error = ?, lease_until = NULL WHERE id = ?")) {
            update.setString(1, status.wireName());
            Columns.setInstant(update, 2, open ? nextAttemptAt : null);
            Columns.setText(update, 3, lastError);
            update.setLong(4, deliveryId);
            if (update.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO delivery_attempts (delivery_id, at, "
                + "outcome, detail, duration_millis) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, deliveryId);
            Columns.setInstant(insert, 2, attempt.at());
            insert.setString(3, attempt.outcome());
            Columns.setText(insert, 4, attempt.detail());
            insert.setLong(5, attempt.durationMillis());
            insert.executeUpdate();
        }
    }

    /** The user's newest deliveries with their attempts, in one statement. */
    static List<Delivery> newest(Connection connection, long userId, int limit) throws SQLException {
        Map<Long, Building> deliveries = new LinkedHashMap<>();
        try (PreparedStatement select = Columns.bind(connection.prepareStatement("WITH page AS (SELECT d.id, "
                + "d.routine_id, r.name AS routine_name, d.channel_id, d.due_at, d.status, d.attempts, "
                + "d.next_attempt_at, d.last_error FROM reminder_deliveries d JOIN routines r ON r.id = d.routine_id "
                + "WHERE d.user_id = ? ORDER BY d.due_at DESC, d.id DESC LIMIT ?) "
                + "SELECT page.*, a.id AS attempt_id, a.at, a.outcome, a.detail, a.duration_millis FROM page "
                + "LEFT JOIN delivery_attempts a ON a.delivery_id = page.id "
                + "ORDER BY page.due_at DESC, page.id DESC, a.at, a.id"), userId, limit);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                Building delivery = deliveries.get(id);
                if (delivery == null) {
                    delivery = new Building(id, rows);
                    deliveries.put(id, delivery);
                }
                rows.getLong("attempt_id");
                if (!rows.wasNull()) {
                    delivery.attempts.add(new DeliveryAttempt(Columns.instant(rows, "at"), rows.getString("outcome"),
                            rows.getString("detail"), rows.getLong("duration_millis")));
                }
            }
        }
        return deliveries.values().stream().map(Building::delivery).toList();
    }

    /** A delivery read so far. */
    private static final class Building {
        private final long id;
        private final long routineId;
        private final String routineName;
        private final String channelId;
        private final Instant dueAt;
        private final DeliveryStatus status;
        private final int attemptCount;
        private final Instant nextAttemptAt;
        private final String lastError;
        private final List<DeliveryAttempt> attempts = new ArrayList<>();

        Building(long id, ResultSet rows) throws SQLException {
            this.id = id;
            routineId = rows.getLong("routine_id");
            routineName = rows.getString("routine_name");
            channelId = rows.getString("channel_id");
            dueAt = Columns.instant(rows, "due_at");
            status = DeliveryStatus.valueOf(rows.getString("status").toUpperCase(Locale.ROOT));
            attemptCount = rows.getInt("attempts");
            nextAttemptAt = Columns.instant(rows, "next_attempt_at");
            lastError = rows.getString("last_error");
        }

        Delivery delivery() {
            return new Delivery(id, routineId, routineName, channelId, dueAt, status, attemptCount, nextAttemptAt,
                    lastError, false, attempts);
        }
    }
}
