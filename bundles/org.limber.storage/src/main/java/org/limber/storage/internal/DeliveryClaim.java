package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.limber.storage.api.PendingDelivery;

/**
 * Claims deliveries for an attempt, inside the caller's write transaction: the pending or retrying ones due for an
 * attempt, on the given channels, whose lease (if any) has run out; each is leased to the claimer until its lease
 * ends, so a node that crashes mid-attempt leaves them to another node after that.
 */
final class DeliveryClaim {
    private static final String DUE = "d.status IN ('pending', 'retrying') AND d.next_attempt_at <= ? "
            + "AND (d.lease_until IS NULL OR d.lease_until <= ?) AND d.channel_id IN ";

    private DeliveryClaim() {
    }

    static List<PendingDelivery> claim(Connection connection, Dialect dialect, Instant now,
            Collection<String> channelIds, int limit, Instant leaseUntil) throws SQLException {
        if (channelIds.isEmpty() || limit <= 0) {
            return List.of();
        }
        dialect.readCommitted(connection);
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT d.id, d.user_id, u.username, "
                + "d.routine_id, d.channel_id, a.address, d.due_at, d.attempts, d.title, d.text, d.link "
                + "FROM reminder_deliveries d JOIN users u ON u.id = d.user_id "
                + "LEFT JOIN channel_addresses a ON a.user_id = d.user_id AND a.channel_id = d.channel_id "
                + "WHERE " + DUE + MultiRow.in(channelIds.size()) + " ORDER BY d.next_attempt_at, d.id LIMIT ?"
                + dialect.claimLocks("d", null))) {
            int index = bindDue(select, now, channelIds);
            select.setInt(index, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows));
                }
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        for (List<Claimed> chunk : MultiRow.chunks(claimed)) {
            try (PreparedStatement lease = connection.prepareStatement(
                    "UPDATE reminder_deliveries SET lease_until = ? WHERE id IN " + MultiRow.in(chunk.size()))) {
                Columns.setInstant(lease, 1, leaseUntil);
                for (int i = 0; i < chunk.size(); i++) {
                    lease.setLong(i + 2, chunk.get(i).id);
                }
                lease.executeUpdate();
            }
        }
        Map<Long, Map<String, String>> options = options(connection, claimed);
        return claimed.stream().map(delivery -> delivery.pending(options.get(delivery.id))).toList();
    }

    /**
     * When the first delivery on those channels can be claimed: its next attempt time, or the end of its lease if
     * that is later (a leased delivery is not claimable before, unless its attempt is recorded first).
     */
    static Optional<Instant> earliest(Connection connection, Collection<String> channelIds) throws SQLException {
        if (channelIds.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT min(CASE WHEN d.lease_until IS NOT NULL "
                + "AND d.lease_until > d.next_attempt_at THEN d.lease_until ELSE d.next_attempt_at END) "
                + "FROM reminder_deliveries d WHERE d.status IN ('pending', 'retrying') "
                + "AND d.next_attempt_at IS NOT NULL AND d.channel_id IN " + MultiRow.in(channelIds.size()))) {
            int index = 1;
            for (String channelId : channelIds) {
                select.setString(index++, channelId);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return Optional.ofNullable(Columns.instant(rows, 1));
            }
        }
    }

    private static int bindDue(PreparedStatement select, Instant now, Collection<String> channelIds)
            throws SQLException {
        Columns.setInstant(select, 1, now);
        Columns.setInstant(select, 2, now);
        int index = 3;
        for (String channelId : channelIds) {
            select.setString(index++, channelId);
        }
        return index;
    }

    /** The options of each claimed delivery's address, by delivery id. */
    private static Map<Long, Map<String, String>> options(Connection connection, List<Claimed> claimed)
            throws SQLException {
        Map<Long, Map<String, String>> options = new HashMap<>();
        for (List<Claimed> chunk : MultiRow.chunks(claimed)) {
            try (PreparedStatement select = connection.prepareStatement("SELECT d.id, o.name, o.value "
                    + "FROM reminder_deliveries d JOIN channel_address_options o ON o.user_id = d.user_id "
                    + "AND o.channel_id = d.channel_id WHERE d.id IN " + MultiRow.in(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i).id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        options.computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                                .put(rows.getString(2), rows.getString(3));
                    }
                }
            }
        }
        return options;
    }

    /** A claimed delivery as read. */
    private static final class Claimed {
        private final long id;
        private final long userId;
        private final String username;
        private final long routineId;
        private final String channelId;
        private final String address;
        private final Instant dueAt;
        private final int attempts;
        private final String title;
        private final String text;
        private final String link;

        Claimed(ResultSet rows) throws SQLException {
            id = rows.getLong("id");
            userId = rows.getLong("user_id");
            username = rows.getString("username");
            routineId = rows.getLong("routine_id");
            channelId = rows.getString("channel_id");
            address = rows.getString("address");
            dueAt = Columns.instant(rows, "due_at");
            attempts = rows.getInt("attempts");
            title = rows.getString("title");
            text = rows.getString("text");
            link = rows.getString("link");
        }

        PendingDelivery pending(Map<String, String> options) {
            return new PendingDelivery(id, userId, username, routineId, channelId, address, options, dueAt, attempts,
                    title, text, link);
        }
    }
}
