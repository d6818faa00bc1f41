package org.limber.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryAttempt;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.PendingDelivery;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;

/**
 * Reminder plans, preferences, addresses and deliveries in the tables of schema 3. Every statement taking a user
 * id is scoped by {@code user_id}. Claims ({@link DueClaim}, {@link DeliveryClaim}) are one write transaction each:
 * on PostgreSQL they lock the claimed rows and skip those another node holds; on SQLite the write transaction is
 * the only one.
 */
final class SqlReminderStore implements ReminderStore {
    private final Database database;

    SqlReminderStore(Database database) {
        this.database = database;
    }

    @Override
    public List<ReminderPlan> plans(long userId) {
        return database.read("list reminder plans", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement("SELECT " + PlanColumns.PLAN
                    + " FROM reminder_plans p WHERE p.user_id = ? ORDER BY p.routine_id"), userId);
                 ResultSet rows = select.executeQuery()) {
                List<ReminderPlan> plans = new ArrayList<>();
                while (rows.next()) {
                    plans.add(PlanColumns.plan(rows));
                }
                return plans;
            }
        });
    }

    @Override
    public Optional<ReminderPlan> plan(long userId, long routineId) {
        return database.read("read a reminder plan", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement("SELECT " + PlanColumns.PLAN
                    + " FROM reminder_plans p WHERE p.user_id = ? AND p.routine_id = ?"), userId, routineId);
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(PlanColumns.plan(rows)) : Optional.empty();
            }
        });
    }

    /** Only for one of the user's own routines: another user's routine id changes nothing. */
    @Override
    public void putPlan(long userId, ReminderPlan plan) {
        // SQLite parses "INSERT ... SELECT ... ON CONFLICT" ambiguously unless the SELECT has a WHERE: it has one.
        update("save a reminder plan", "INSERT INTO reminder_plans (routine_id, user_id, times, channel_ids, enabled, "
                + "days) SELECT id, user_id, ?, ?, ?, 0 FROM routines WHERE user_id = ? AND id = ? "
                + "ON CONFLICT (routine_id) DO UPDATE SET times = excluded.times, channel_ids = excluded.channel_ids, "
                + "enabled = excluded.enabled", PlanColumns.times(plan), IdList.join(plan.channelIds()),
                plan.enabled(), userId, plan.routineId());
    }

    @Override
    public boolean deletePlan(long userId, long routineId) {
        return update("delete a reminder plan", "DELETE FROM reminder_plans WHERE user_id = ? AND routine_id = ?",
                userId, routineId) > 0;
    }

    @Override
    public boolean putState(long userId, long routineId, ScheduleState state) {
        return database.write("save a reminder plan's state", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE reminder_plans SET days = ?, "
                    + "next_due = ?, snooze_until = ?, done_at = ? WHERE user_id = ? AND routine_id = ?")) {
                update.setInt(1, DayMask.of(state.days()));
                Columns.setInstant(update, 2, state.nextDue());
                Columns.setInstant(update, 3, state.snoozeUntil());
                Columns.setInstant(update, 4, state.doneAt());
                update.setLong(5, userId);
                update.setLong(6, routineId);
                return update.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<ScheduleRow> schedules(Long userId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.read("list reminder schedules", connection -> {
            try (PreparedStatement select = userId == null
                    ? Columns.bind(connection.prepareStatement(ScheduleRows.SELECT
                            + "ORDER BY p.user_id, p.routine_id LIMIT ?"), limit)
                    : Columns.bind(connection.prepareStatement(ScheduleRows.SELECT
                            + "WHERE p.user_id = ? ORDER BY p.routine_id LIMIT ?"), userId, limit);
                 ResultSet rows = select.executeQuery()) {
                List<ScheduleRow> schedules = new ArrayList<>();
                while (rows.next()) {
                    schedules.add(ScheduleRows.read(rows));
                }
                return schedules;
            }
        });
    }

    @Override
    public int claimDue(Instant now, int limit, Function<ScheduleRow, DueDecision> decider) {
        return database.write("claim due reminders", connection -> DueClaim.claim(connection, database.dialect(),
                now, limit, decider));
    }

    @Override
    public Optional<Instant> earliestDue() {
        return database.read("read the next due reminder", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT next_due FROM reminder_plans "
                    + "WHERE enabled = TRUE AND next_due IS NOT NULL ORDER BY next_due LIMIT 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(Columns.instant(rows, 1)) : Optional.empty();
            }
        });
    }

    @Override
    public List<PendingDelivery> claimDeliveries(Instant now, Collection<String> channelIds, int limit,
            Instant leaseUntil) {
        if (channelIds.isEmpty() || limit <= 0) {
            return List.of();
        }
        return database.write("claim deliveries", connection -> DeliveryClaim.claim(connection, database.dialect(),
                now, channelIds, limit, leaseUntil));
    }

    /** Counts a leased delivery from the end of its lease, when that is later than its attempt time. */
    @Override
    public Optional<Instant> earliestAttempt(Collection<String> channelIds) {
        return database.read("read the next delivery attempt", connection -> DeliveryClaim.earliest(connection,
                channelIds));
    }

    @Override
    public void recordAttempt(long deliveryId, DeliveryAttempt attempt, DeliveryStatus status, Instant nextAttemptAt,
            String lastError) {
        database.write("record a delivery attempt", connection -> {
            DeliveryRows.recordAttempt(connection, deliveryId, attempt, status, nextAttemptAt, lastError);
            return null;
        });
    }

    @Override
    public List<Delivery> deliveries(long userId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.read("list deliveries", connection -> DeliveryRows.newest(connection, userId, limit));
    }

    @Override
    public Optional<ReminderPreferences> preferences(long userId) {
        return database.read("read reminder preferences", connection -> PreferenceRows.select(connection, userId));
    }

    @Override
    public void putPreferences(long userId, ReminderPreferences preferences) {
        database.write("save reminder preferences", connection -> {
            PreferenceRows.put(connection, userId, preferences);
            return null;
        });
    }

    @Override
    public List<ChannelAddress> addresses(long userId) {
        return database.read("list channel addresses", connection -> AddressRows.select(connection, userId));
    }

    @Override
    public void putAddress(long userId, ChannelAddress address) {
        database.write("save a channel address", connection -> {
            AddressRows.put(connection, userId, address);
            return null;
        });
    }

    @Override
    public boolean deleteAddress(long userId, String channelId) {
        return update("delete a channel address", "DELETE FROM channel_addresses WHERE user_id = ? AND channel_id = ?",
                userId, channelId) > 0;
    }

    @Override
    public void putCalendarTokenHash(long userId, String tokenHash) {
        if (tokenHash == null) {
            update("revoke the calendar token", "UPDATE reminder_preferences SET calendar_token_hash = NULL "
                    + "WHERE user_id = ?", userId);
            return;
        }
        database.write("save the calendar token", connection -> {
            PreferenceRows.putTokenHash(connection, userId, tokenHash);
            return null;
        });
    }

    @Override
    public Optional<Long> userByCalendarTokenHash(String tokenHash) {
        if (tokenHash == null) {
            return Optional.empty();
        }
        return database.read("find a calendar token", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                    "SELECT user_id FROM reminder_preferences WHERE calendar_token_hash = ?"), tokenHash);
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean hasCalendarToken(long userId) {
        return database.read("read the calendar token", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement("SELECT 1 FROM "
                    + "reminder_preferences WHERE user_id = ? AND calendar_token_hash IS NOT NULL"), userId);
                 ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        });
    }

    private int update(String what, String sql, Object... values) {
        return database.write(what, connection -> {
            try (PreparedStatement statement = Columns.bind(connection.prepareStatement(sql), values)) {
                return statement.executeUpdate();
            }
        });
    }
}
