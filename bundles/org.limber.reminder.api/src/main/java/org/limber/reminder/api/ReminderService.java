package org.limber.reminder.api;

import java.util.List;
import java.util.Optional;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reminder plans, preferences, channels and deliveries. The engine behind it stores each plan's next due time,
 * claims due reminders in transactions (safe with several nodes on one PostgreSQL), and after downtime sends at
 * most one late reminder per plan, only while still within its catch-up window.
 */
@ProviderType
public interface ReminderService {
    /** One plan per routine of the user that has reminders. */
    List<ReminderPlan> plans(long userId);

    /** The routine's plan; an empty disabled plan when it has none. @throws ReminderException for an unknown routine */
    ReminderPlan plan(long userId, long routineId);

    ReminderPlan setPlan(long userId, ReminderPlan plan);

    ReminderPreferences preferences(long userId);

    ReminderPreferences setPreferences(long userId, ReminderPreferences preferences);

    /** Installed channels, plus any that this user's plans name but that are not installed now. */
    List<ChannelInfo> channels(long userId);

    List<ChannelAddress> addresses(long userId);

    /** @throws ReminderException naming what the channel finds wrong with the address */
    ChannelAddress setAddress(long userId, ChannelAddress address);

    void deleteAddress(long userId, String channelId);

    /** The next reminders, soonest first. */
    List<UpcomingReminder> upcoming(long userId, int limit);

    /** The routine's next reminder comes in {@code minutes} (or the preference's default when null). */
    UpcomingReminder snooze(long userId, long routineId, Integer minutes);

    /** The routine's session is done: a pending snooze is dropped and the current reminder window stops nagging. */
    void done(long userId, long routineId);

    /** Newest first. */
    List<Delivery> deliveries(long userId, int limit);

    /** Sends a test reminder now to the user's own address on that channel, outside the schedule and the log. */
    DeliveryOutcome sendTest(long userId, String channelId);

    /** Sends a test reminder now to any address on that channel (the shell's {@code limber:remind-test}). */
    DeliveryOutcome sendTest(String channelId, ChannelAddress address);

    /** A new calendar feed token (the old one stops working); shown once. */
    String newCalendarToken(long userId);

    void revokeCalendarToken(long userId);

    boolean hasCalendarToken(long userId);

    /** The iCalendar feed of the user holding this token, or empty for an unknown or revoked token. */
    Optional<String> calendar(String token);
}
