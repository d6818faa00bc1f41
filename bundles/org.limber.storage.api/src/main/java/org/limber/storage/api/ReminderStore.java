package org.limber.storage.api;

import java.time.Instant;
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
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reminder plans, their scheduling state, preferences, channel addresses, deliveries and their attempts. Claims are
 * safe with several Limber nodes sharing one PostgreSQL ({@code FOR UPDATE SKIP LOCKED}); on SQLite the single
 * writer makes them so.
 */
@ProviderType
public interface ReminderStore {
    List<ReminderPlan> plans(long userId);

    Optional<ReminderPlan> plan(long userId, long routineId);

    /** Inserts or replaces the plan's settings; a new plan starts with an empty state (never due). */
    void putPlan(long userId, ReminderPlan plan);

    boolean deletePlan(long userId, long routineId);

    /** False when the user has no plan for that routine. */
    boolean putState(long userId, long routineId, ScheduleState state);

    /** A user's plans with their state and preferences, or every user's when {@code userId} is null; at most limit. */
    List<ScheduleRow> schedules(Long userId, int limit);

    /**
     * In one transaction: takes up to {@code limit} enabled plans whose next due time is at or before {@code now},
     * earliest first, skipping plans another node holds; applies the decider's decision to each (new next due time
     * and snooze; when it sends and the daily cap allows, counts it and inserts one pending delivery per channel of
     * the plan). Returns the number of deliveries inserted.
     */
    int claimDue(Instant now, int limit, Function<ScheduleRow, DueDecision> decider);

    /** The earliest next due time of any enabled plan, to sleep until then. */
    Optional<Instant> earliestDue();

    /**
     * In one transaction: takes up to {@code limit} deliveries that are pending or retrying, due for an attempt at
     * {@code now}, on one of {@code channelIds} and not leased by another node, earliest first, and leases them
     * until {@code leaseUntil}.
     */
    List<PendingDelivery> claimDeliveries(Instant now, Collection<String> channelIds, int limit, Instant leaseUntil);

    /** The earliest attempt time of any pending or retrying delivery on those channels. */
    Optional<Instant> earliestAttempt(Collection<String> channelIds);

    /** Records one attempt and the delivery's new status; {@code nextAttemptAt} when retrying; clears the lease. */
    void recordAttempt(long deliveryId, DeliveryAttempt attempt, DeliveryStatus status, Instant nextAttemptAt,
                       String lastError);

    /** Newest due first, with their attempts; {@code waiting} is always false here (the service knows channels). */
    List<Delivery> deliveries(long userId, int limit);

    Optional<ReminderPreferences> preferences(long userId);

    void putPreferences(long userId, ReminderPreferences preferences);

    List<ChannelAddress> addresses(long userId);

    void putAddress(long userId, ChannelAddress address);

    boolean deleteAddress(long userId, String channelId);

    /** Stores the hash of the user's calendar token; null revokes it. */
    void putCalendarTokenHash(long userId, String tokenHash);

    Optional<Long> userByCalendarTokenHash(String tokenHash);

    boolean hasCalendarToken(long userId);
}
