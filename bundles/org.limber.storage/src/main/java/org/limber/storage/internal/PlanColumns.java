package org.limber.storage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;

import org.limber.reminder.api.ReminderPlan;
import org.limber.storage.api.ScheduleState;

/** A row of {@code reminder_plans} read into its plan and its scheduling state. */
final class PlanColumns {
    static final String PLAN = "p.routine_id, p.times, p.channel_ids, p.enabled";
    static final String STATE = "p.days, p.next_due, p.snooze_until, p.done_at";

    private PlanColumns() {
    }

    static ReminderPlan plan(ResultSet rows) throws SQLException {
        return new ReminderPlan(rows.getLong("routine_id"), IdList.split(rows.getString("times"), LocalTime::parse),
                IdList.split(rows.getString("channel_ids")), rows.getBoolean("enabled"));
    }

    static ScheduleState state(ResultSet rows) throws SQLException {
        return new ScheduleState(DayMask.days(rows.getInt("days")), Columns.instant(rows, "next_due"),
                Columns.instant(rows, "snooze_until"), Columns.instant(rows, "done_at"));
    }

    /** Times of day as stored: {@code HH:MM} or {@code HH:MM:SS}, as {@link LocalTime#toString()} writes them. */
    static String times(ReminderPlan plan) {
        return IdList.join(plan.times(), LocalTime::toString);
    }
}
