package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.limber.reminder.api.ReminderPreferences;

/**
 * Reminder preferences in {@code reminder_preferences}, one row per user, which also holds the daily cap's counter
 * and the calendar token's hash: the SQL and the mapping, on a connection the caller manages. A user without a row
 * has {@link ReminderPreferences#defaults()}; a row is made with them when the counter or the token needs one.
 */
final class PreferenceRows {
    /** The preference columns, aliased {@code f}; {@code preferences_user_id} is NULL when the user has no row. */
    static final String COLUMNS = "f.user_id AS preferences_user_id, f.time_zone, f.quiet_from, f.quiet_until, "
            + "f.daily_cap, f.snooze_minutes, f.detailed_text";
    private static final String INSERT = "INSERT INTO reminder_preferences (user_id, time_zone, quiet_from, "
            + "quiet_until, daily_cap, snooze_minutes, detailed_text, calendar_token_hash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO ";

    private PreferenceRows() {
    }

    static Optional<ReminderPreferences> select(Connection connection, long userId) throws SQLException {
        try (PreparedStatement select = Columns.bind(connection.prepareStatement("SELECT " + COLUMNS
                + " FROM reminder_preferences f WHERE f.user_id = ?"), userId);
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    /** The preferences of a row selected with {@link #COLUMNS}, the defaults when the user has none. */
    static ReminderPreferences read(ResultSet rows) throws SQLException {
        rows.getLong("preferences_user_id");
        if (rows.wasNull()) {
            return ReminderPreferences.defaults();
        }
        return new ReminderPreferences(rows.getString("time_zone"), time(rows.getString("quiet_from")),
                time(rows.getString("quiet_until")), Columns.integer(rows, "daily_cap"), rows.getInt("snooze_minutes"),
                rows.getBoolean("detailed_text"));
    }

    /** Sets the preferences, keeping the daily counter and the calendar token. */
    static void put(Connection connection, long userId, ReminderPreferences preferences) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(INSERT + "UPDATE SET time_zone = "
                + "excluded.time_zone, quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until, "
                + "daily_cap = excluded.daily_cap, snooze_minutes = excluded.snooze_minutes, "
                + "detailed_text = excluded.detailed_text")) {
            bind(upsert, userId, preferences, null);
            upsert.executeUpdate();
        }
    }

    /** Sets the calendar token's hash, making the row with the defaults if the user has none. */
    static void putTokenHash(Connection connection, long userId, String tokenHash) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(INSERT
                + "UPDATE SET calendar_token_hash = excluded.calendar_token_hash")) {
            bind(upsert, userId, ReminderPreferences.defaults(), tokenHash);
            upsert.executeUpdate();
        }
    }

    /** Makes the rows of those users that have none, with the defaults, in the order given. */
    static void insertDefaults(Connection connection, List<Long> userIds) throws SQLException {
        ReminderPreferences defaults = ReminderPreferences.defaults();
        for (List<Long> chunk : MultiRow.chunks(userIds)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reminder_preferences "
                    + "(user_id, time_zone, quiet_from, quiet_until, daily_cap, snooze_minutes, detailed_text) VALUES "
                    + MultiRow.tuples(chunk.size(), 7) + " ON CONFLICT (user_id) DO NOTHING")) {
                int index = 1;
                for (long userId : chunk) {
                    insert.setLong(index++, userId);
                    insert.setString(index++, defaults.timeZone());
                    Columns.setText(insert, index++, text(defaults.quietFrom()));
                    Columns.setText(insert, index++, text(defaults.quietUntil()));
                    Columns.setInteger(insert, index++, defaults.dailyCap());
                    insert.setInt(index++, defaults.snoozeMinutes());
                    insert.setBoolean(index++, defaults.detailedText());
                }
                insert.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, long userId, ReminderPreferences preferences,
            String tokenHash) throws SQLException {
        statement.setLong(1, userId);
        statement.setString(2, preferences.timeZone());
        Columns.setText(statement, 3, text(preferences.quietFrom()));
        Columns.setText(statement, 4, text(preferences.quietUntil()));
        Columns.setInteger(statement, 5, preferences.dailyCap());
        statement.setInt(6, preferences.snoozeMinutes());
        statement.setBoolean(7, preferences.detailedText());
        Columns.setText(statement, 8, tokenHash);
    }

    private static String text(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static LocalTime time(String stored) {
        return stored == null ? null : LocalTime.parse(stored);
    }
}
