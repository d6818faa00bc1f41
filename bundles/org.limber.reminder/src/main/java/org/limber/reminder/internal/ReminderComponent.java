package org.limber.reminder.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.limber.catalog.api.CatalogService;
import org.limber.journal.api.JournalService;
import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.ChannelInfo;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.reminder.api.ReminderService;
import org.limber.reminder.api.UpcomingReminder;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.routine.api.RoutineService;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.RoutineStore;
import org.limber.storage.api.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The reminder service and its engine. Channels are tracked as they come and go ({@code limber.channel.id} names
 * each); a routine's change (Event Admin topic {@code org/limber/internal/routine/CHANGED}) recomputes its plan's
 * next due time, since the routine's days may have changed.
 * <p>
 * Catch-up policy after downtime: when a plan is claimed later than it was due, one late reminder is sent, for the
 * latest occurrence that has passed, and only if that is at most {@code catchUpMinutes} (default 60) ago; otherwise
 * nothing. Never more than one per plan per claim, never a burst; the plan's next due time becomes its first
 * occurrence after now. See {@link DueDecider} for snoozes and the done window, {@link ReminderEngine} for the
 * claims and the lookahead.
 * <p>
 * The bind methods and {@link #deactivate()} are public so that the benchmark can run the component in a plain JVM.
 */
@Component(service = {ReminderService.class, EventHandler.class}, configurationPid = ReminderConfig.PID,
        property = {EventConstants.EVENT_TOPIC + "=" + RoutineService.CHANGED_TOPIC,
            EventConstants.EVENT_TOPIC + "=" + JournalService.SESSION_ADDED_TOPIC})
@Designate(ocd = ReminderConfig.class)
public class ReminderComponent implements ReminderService, EventHandler {
    private final ReminderEngine engine;
    private final Reminders reminders;
    private final TestSender tests;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CatalogService catalog;

    @Activate
    public ReminderComponent(ReminderConfig config, @Reference ReminderStore store, @Reference RoutineStore routines,
                             @Reference UserStore users) {
        Settings settings = Settings.of(config);
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        ReminderTexts texts = new ReminderTexts(settings.publicUrl());
        DueDecider decider = new DueDecider(settings.catchUp(), texts, new StoredExerciseNames(routines, () -> {
            CatalogService current = catalog;
            return current == null ? null : current.current();
        }));
        this.engine = new ReminderEngine(store, clock, settings, decider, new Backoff(random::nextDouble));
        this.tests = new TestSender(clock, settings.attemptTimeout(), settings.publicUrl());
        this.reminders = new Reminders(store, routines, users, engine, clock, new CalendarTokens(random),
                new CalendarFeed(settings.publicUrl()), tests);
        if (settings.enabled()) {
            engine.start();
        }
    }

    @Deactivate
    public void deactivate() {
        engine.close();
        tests.close();
    }

    @Reference(service = ReminderChannel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    public void addChannel(ReminderChannel channel, Map<String, Object> properties) {
        engine.addChannel(channelId(properties), channel);
    }

    public void removeChannel(ReminderChannel channel, Map<String, Object> properties) {
        engine.removeChannel(channelId(properties), channel);
    }

    private static String channelId(Map<String, Object> properties) {
        Object id = properties.get(ReminderChannel.CHANNEL_ID);
        return id instanceof String text ? text : null;
    }

    @Override
    public void handleEvent(Event event) {
        if (JournalService.SESSION_ADDED_TOPIC.equals(event.getTopic())) {
            sessionLogged(event);
        } else if (event.getProperty("userId") instanceof Long userId
                && event.getProperty("routineId") instanceof Long routineId
                && !Boolean.TRUE.equals(event.getProperty("deleted"))) {
            reminders.routineChanged(userId, routineId);
        }
    }

    /**
     * A session of a routine logged in the journal stops that routine's reminders nagging, like the player's "done";
     * a session logged long after it happened says nothing about the reminder due now.
     */
    private void sessionLogged(Event event) {
        if (!(event.getProperty("userId") instanceof Long userId)
                || !(event.getProperty("routineId") instanceof String routineId)
                || !(event.getProperty("at") instanceof Long at)) {
            return;
        }
        try {
            reminders.sessionLogged(userId, Long.parseLong(routineId), Instant.ofEpochMilli(at));
        } catch (NumberFormatException notARoutineOfThisUser) {
            // A routine id from elsewhere (an import): there is no plan of it to silence.
        }
    }

    @Override
    public List<ReminderPlan> plans(long userId) {
        return reminders.plans(userId);
    }

    @Override
    public ReminderPlan plan(long userId, long routineId) {
        return reminders.plan(userId, routineId);
    }

    @Override
    public ReminderPlan setPlan(long userId, ReminderPlan plan) {
        return reminders.setPlan(userId, plan);
    }

    @Override
    public ReminderPreferences preferences(long userId) {
        return reminders.preferences(userId);
    }

    @Override
    public ReminderPreferences setPreferences(long userId, ReminderPreferences preferences) {
        return reminders.setPreferences(userId, preferences);
    }

    @Override
    public List<ChannelInfo> channels(long userId) {
        return reminders.channels(userId);
    }

    @Override
    public List<ChannelAddress> addresses(long userId) {
        return reminders.addresses(userId);
    }

    @Override
    public ChannelAddress setAddress(long userId, ChannelAddress address) {
        return reminders.setAddress(userId, address);
    }

    @Override
    public void deleteAddress(long userId, String channelId) {
        reminders.deleteAddress(userId, channelId);
    }

    @Override
    public List<UpcomingReminder> upcoming(long userId, int limit) {
        return reminders.upcoming(userId, limit);
    }

    @Override
    public UpcomingReminder snooze(long userId, long routineId, Integer minutes) {
        return reminders.snooze(userId, routineId, minutes);
    }

    @Override
    public void done(long userId, long routineId) {
        reminders.done(userId, routineId);
    }

    @Override
    public List<Delivery> deliveries(long userId, int limit) {
        return reminders.deliveries(userId, limit);
    }

    @Override
    public String newCalendarToken(long userId) {
        return reminders.newCalendarToken(userId);
    }

    @Override
    public void revokeCalendarToken(long userId) {
        reminders.revokeCalendarToken(userId);
    }

    @Override
    public boolean hasCalendarToken(long userId) {
        return reminders.hasCalendarToken(userId);
    }

    @Override
    public Optional<String> calendar(String token) {
        return reminders.calendar(token);
    }

    @Override
    public DeliveryOutcome sendTest(long userId, String channelId) {
        return reminders.sendTest(userId, channelId);
    }

    @Override
    public DeliveryOutcome sendTest(String channelId, ChannelAddress address) {
        return reminders.sendTest(channelId, address);
    }
}
