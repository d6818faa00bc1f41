package org.limber.storage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.limber.storage.api.ScheduleRow;

/** Reminder plans with their user, routine and preferences, as the engine reads them to decide. */
final class ScheduleRows {
    /** Plans {@code p}, users {@code u}, routines {@code r}, preferences {@code f} (maybe none); add the WHERE. */
    static final String SELECT = "SELECT p.user_id, u.username, r.name AS routine_name, " + PlanColumns.PLAN + ", "
            + PlanColumns.STATE + ", " + PreferenceRows.COLUMNS + " FROM reminder_plans p "
            + "JOIN users u ON u.id = p.user_id JOIN routines r ON r.id = p.routine_id "
            + "LEFT JOIN reminder_preferences f ON f.user_id = p.user_id ";

    private ScheduleRows() {
    }

    static ScheduleRow read(ResultSet rows) throws SQLException {
        return new ScheduleRow(rows.getLong("user_id"), rows.getString("username"), rows.getLong("routine_id"),
                rows.getString("routine_name"), PlanColumns.plan(rows), PlanColumns.state(rows),
                PreferenceRows.read(rows));
    }

    /** Whether the row's user has a preferences row (else {@link #read} gave the defaults). */
    static boolean hasPreferences(ResultSet rows) throws SQLException {
        rows.getLong("preferences_user_id");
        return !rows.wasNull();
    }
}
