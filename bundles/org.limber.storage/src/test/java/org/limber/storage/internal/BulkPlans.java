package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Many users with reminder plans, written straight into the tables in one transaction (the stores would take a
 * transaction, and on SQLite an fsync, each): for the claim's concurrency and timing tests.
 */
final class BulkPlans {
    /** When plan {@code plan} (0, 1, ...) of user {@code user} (0, 1, ...) is next due, or null: never. */
    @FunctionalInterface
    interface Due {
        Instant at(int user, int plan);
    }

    private BulkPlans() {
    }

    /**
     * Adds {@code users} users with {@code plansEach} routines each, every routine with an enabled plan on the
     * channel {@code email} and the next due time {@code due} gives.
     *
     * @return the routine ids, by user then plan
     */
    static List<Long> add(DataSource dataSource, int users, int plansEach, Due due) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long firstUser = next(connection, "users");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (username, password_hash, "
                    + "role, created_at, disabled) VALUES (?, 'x', 'user', 0, ?)")) {
                for (int user = 0; user < users; user++) {
                    insert.setString(1, "bulk" + firstUser + "-" + user);
                    insert.setBoolean(2, false);
                    batch(insert, user);
                }
                insert.executeBatch();
            }
            List<Long> userIds = ids(connection, "SELECT id FROM users WHERE id >= " + firstUser + " ORDER BY id");
            long firstRoutine = next(connection, "routines");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO routines (user_id, name, days, "
                    + "kept_despite_stop, created_at, updated_at) VALUES (?, ?, 127, '', 0, 0)")) {
                int count = 0;
                for (long userId : userIds) {
                    for (int plan = 0; plan < plansEach; plan++) {
                        insert.setLong(1, userId);
                        insert.setString(2, "Routine " + plan);
                        batch(insert, count++);
                    }
                }
                insert.executeBatch();
            }
            List<Long> routineIds = ids(connection, "SELECT id FROM routines WHERE id >= " + firstRoutine
                    + " ORDER BY id");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reminder_plans (routine_id, "
                    + "user_id, times, channel_ids, enabled, days, next_due) VALUES (?, ?, '07:30,12:00,21:00', "
                    + "'email', ?, 127, ?)")) {
                for (int user = 0; user < users; user++) {
                    for (int plan = 0; plan < plansEach; plan++) {
                        insert.setLong(1, routineIds.get(user * plansEach + plan));
                        insert.setLong(2, userIds.get(user));
                        insert.setBoolean(3, true);
                        Columns.setInstant(insert, 4, due.at(user, plan));
                        batch(insert, user * plansEach + plan);
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return routineIds;
        }
    }

    private static void batch(PreparedStatement insert, int count) throws SQLException {
        insert.addBatch();
        if (count % 1000 == 999) {
            insert.executeBatch();
        }
    }

    private static long next(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(max(id), 0) + 1 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
