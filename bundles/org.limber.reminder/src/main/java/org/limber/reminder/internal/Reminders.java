package org.limber.reminder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.ChannelInfo;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.ReminderException;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.reminder.api.ReminderService;
import org.limber.reminder.api.UpcomingReminder;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.routine.api.Routine;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.RoutineStore;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;
import org.limber.storage.api.UserStore;

/**
 * The reminder service over the stores and the engine's installed channels. Every change that moves a plan's next
 * due time (its plan, the routine's days, the preferences, a snooze, done) recomputes it here and wakes the engine
 * if it now falls due sooner. Those read-recompute-write steps are serialized: a routine event arriving
 * asynchronously must not write back a state read before a snooze or "done" it never saw.
 */
final class Reminders implements ReminderService {
    /** More plans than one user can have: routines are few. */
    static final int USER_PLANS = 1000;
    static final int MAX_UPCOMING = 100;
    static final int MAX_DELIVERIES = 500;

    private final ReminderStore store;
    private final RoutineStore routines;
    private final UserStore users;
    private final ReminderEngine engine;
    private final Clock clock;
    private final CalendarTokens tokens;
    private final CalendarFeed feed;
    private final TestSender tests;

    Reminders(ReminderStore store, RoutineStore routines, UserStore users, ReminderEngine engine, Clock clock,
              CalendarTokens tokens, CalendarFeed feed, TestSender tests) {
        this.store = store;
        this.routines = routines;
        this.users = users;
        this.engine = engine;
        this.clock = clock;
        this.tokens = tokens;
        this.feed = feed;
        this.tests = tests;
    }

    // ---- plans

    @Override
    public List<ReminderPlan> plans(long userId) {
        return store.plans(userId);
    }

    @Override
    public ReminderPlan plan(long userId, long routineId) {
        routine(userId, routineId);
        return store.plan(userId, routineId).orElse(new ReminderPlan(routineId, List.of(), List.of(), false));
    }

    @Override
    public synchronized ReminderPlan setPlan(long userId, ReminderPlan plan) {
        if (plan == null) {
            throw ReminderException.invalid("", "A reminder plan is required");
        }
        Routine routine = routine(userId, plan.routineId());
        ReminderPlan valid = Validation.plan(routine.id(), plan);
        store.putPlan(userId, valid);
        ScheduleRow row = row(userId, routine.id());
        ScheduleState state = Schedules.recomputed(row == null ? null : row.state(), routine.days(), valid.times(),
                preferences(userId), now(), false);
        store.putState(userId, routine.id(), state);
        wake(valid.enabled() ? state.nextDue() : null);
        return valid;
    }

    /** After a routine changed (its days may have); nothing when it has no plan. */
    synchronized void routineChanged(long userId, long routineId) {
        Routine routine = routines.routine(userId, routineId).orElse(null);
        ScheduleRow row = routine == null ? null : row(userId, routineId);
        if (row == null || row.state().days().equals(routine.days())) {
            return; // only a change of the planned days moves reminders
        }
        ScheduleState state = Schedules.recomputed(row.state(), routine.days(), row.plan().times(),
                Schedules.preferences(row), now(), true);
        store.putState(userId, routineId, state);
        wake(row.plan().enabled() ? state.nextDue() : null);
    }

    // ---- preferences

    @Override
    public ReminderPreferences preferences(long userId) {
        return store.preferences(userId).orElse(ReminderPreferences.defaults());
    }

    @Override
    public synchronized ReminderPreferences setPreferences(long userId, ReminderPreferences preferences) {
        ReminderPreferences valid = Validation.preferences(preferences);
        store.putPreferences(userId, valid);
        Instant now = now();
        for (ScheduleRow row : store.schedules(userId, USER_PLANS)) {
            ScheduleState state = Schedules.recomputed(row.state(), row.state().days(), row.plan().times(), valid,
                    now, true);
            store.putState(userId, row.routineId(), state);
            wake(row.plan().enabled() ? state.nextDue() : null);
        }
        return valid;
    }

    // ---- channels and addresses

    @Override
    public List<ChannelInfo> channels(long userId) {
        Set<String> addressed = new HashSet<>();
        store.addresses(userId).forEach(address -> addressed.add(address.channelId()));
        Map<String, ChannelInfo> infos = new TreeMap<>();
        engine.installed().forEach((id, channel) -> infos.put(id, new ChannelInfo(id, channel.label(), true,
                channel.addressLabel(), channel.optionKeys(),
                channel.addressLabel() == null || addressed.contains(id))));
        for (ReminderPlan plan : store.plans(userId)) {
            for (String id : plan.channelIds()) {
                infos.putIfAbsent(id, new ChannelInfo(id, id, false, null, List.of(), false));
            }
        }
        return List.copyOf(infos.values());
    }

    @Override
    public List<ChannelAddress> addresses(long userId) {
        return store.addresses(userId);
    }

    @Override
    public ChannelAddress setAddress(long userId, ChannelAddress address) {
        if (address == null) {
            throw ReminderException.invalid("", "An address is required");
        }
        ReminderChannel channel = installed(address.channelId(), "/channelId");
        String value = Validation.address(address.address(), channel.addressLabel() != null, address.options(),
                channel.optionKeys());
        Optional<String> problem;
        try {
            problem = channel.checkAddress(value, address.options());
        } catch (RuntimeException e) {
            problem = Optional.of("The channel could not check this address");
        }
        if (problem.isPresent()) {
            throw ReminderException.invalid("/address", problem.get());
        }
        ChannelAddress valid = new ChannelAddress(channel.id(), value, address.options());
        store.putAddress(userId, valid);
        return valid;
    }

    @Override
    public void deleteAddress(long userId, String channelId) {
        store.deleteAddress(userId, channelId);
    }

    private ReminderChannel installed(String channelId, String field) {
        return engine.channel(channelId).orElseThrow(() -> ReminderException.invalid(field,
                "No channel " + (Validation.validChannelId(channelId) ? channelId + " " : "") + "is installed"));
    }

    // ---- upcoming, snooze and done

    @Override
    public List<UpcomingReminder> upcoming(long userId, int limit) {
        Validation.limit(limit, MAX_UPCOMING);
        List<UpcomingReminder> upcoming = new ArrayList<>();
        for (ScheduleRow row : store.schedules(userId, USER_PLANS)) {
            if (row.plan().enabled()) {
                upcoming.addAll(Upcoming.of(row, limit));
            }
        }
        upcoming.sort(Comparator.comparing(UpcomingReminder::at).thenComparingLong(UpcomingReminder::routineId));
        return List.copyOf(upcoming.subList(0, Math.min(limit, upcoming.size())));
    }

    @Override
    public synchronized UpcomingReminder snooze(long userId, long routineId, Integer minutes) {
        Routine routine = routine(userId, routineId);
        ScheduleRow row = planRow(userId, routineId);
        ReminderPreferences preferences = Schedules.preferences(row);
        int snooze = Validation.snoozeMinutes(minutes, preferences.snoozeMinutes());
        Instant now = now();
        Instant until = now.plus(Duration.ofMinutes(snooze));
        Instant regular = Schedules.of(routine.days(), row.plan().times(), preferences).next(now);
        Instant nextDue = Schedules.earlier(regular, until);
        store.putState(userId, routineId, new ScheduleState(routine.days(), nextDue, until, row.state().doneAt()));
        wake(row.plan().enabled() ? nextDue : null);
        return new UpcomingReminder(routineId, routine.name(), nextDue, nextDue.equals(until));
    }

    @Override
    public synchronized void done(long userId, long routineId) {
        Routine routine = routine(userId, routineId);
        ScheduleRow row = row(userId, routineId);
        if (row == null) {
            return; // no reminders to silence
        }
        Instant now = now();
        Instant next = Schedules.of(routine.days(), row.plan().times(), Schedules.preferences(row)).next(now);
        store.putState(userId, routineId, new ScheduleState(routine.days(), next, null, now));
    }

    /**
     * A session of the routine logged in the journal counts as done when it happened within the done window before
     * now; one logged long after the fact says nothing about the reminder due now.
     */
    void sessionLogged(long userId, long routineId, Instant sessionAt) {
        if (sessionAt.isBefore(now().minus(DueDecider.DONE_WINDOW))
                || routines.routine(userId, routineId).isEmpty()) {
            return;
        }
        done(userId, routineId);
    }

    // ---- deliveries

    @Override
    public List<Delivery> deliveries(long userId, int limit) {
        Validation.limit(limit, MAX_DELIVERIES);
        Set<String> installed = engine.installed().keySet();
        return store.deliveries(userId, limit).stream().map(delivery -> {
            boolean open = delivery.status() == DeliveryStatus.PENDING || delivery.status() == DeliveryStatus.RETRYING;
            boolean waiting = open && !installed.contains(delivery.channelId());
            return waiting == delivery.waiting() ? delivery : new Delivery(delivery.id(), delivery.routineId(),
                    delivery.routineName(), delivery.channelId(), delivery.dueAt(), delivery.status(),
                    delivery.attempts(), delivery.nextAttemptAt(), delivery.lastError(), waiting,
                    delivery.attemptLog());
        }).toList();
    }

    // ---- calendar

    @Override
    public String newCalendarToken(long userId) {
        String token = tokens.newToken();
        store.putCalendarTokenHash(userId, CalendarTokens.hash(token));
        return token;
    }

    @Override
    public void revokeCalendarToken(long userId) {
        store.putCalendarTokenHash(userId, null);
    }

    @Override
    public boolean hasCalendarToken(long userId) {
        return store.hasCalendarToken(userId);
    }

    @Override
    public Optional<String> calendar(String token) {
        if (!CalendarTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return store.userByCalendarTokenHash(CalendarTokens.hash(token))
                .map(userId -> feed.write(store.schedules(userId, USER_PLANS), preferences(userId), now()));
    }

    // ---- tests

    @Override
    public DeliveryOutcome sendTest(long userId, String channelId) {
        ReminderChannel channel = engine.channel(channelId)
                .orElseThrow(() -> ReminderException.notFound("An installed channel " + shown(channelId)));
        ChannelAddress address = store.addresses(userId).stream()
                .filter(candidate -> candidate.channelId().equals(channel.id())).findFirst().orElse(null);
        String recipient;
        if (address != null && address.address() != null) {
            recipient = address.address();
        } else if (channel.addressLabel() == null) {
            recipient = users.byId(userId).map(user -> user.account().username())
                    .orElseThrow(() -> ReminderException.notFound("The user"));
        } else {
            throw ReminderException.invalid("/address", "Set your address for " + channel.label() + " first");
        }
        return tests.send(channel, recipient, address == null ? Map.of() : address.options());
    }

    @Override
    public DeliveryOutcome sendTest(String channelId, ChannelAddress address) {
        ReminderChannel channel = installed(channelId, "/channelId");
        String recipient = Validation.address(address == null ? null : address.address(), true,
                address == null ? Map.of() : address.options(), channel.optionKeys());
        Map<String, String> options = address == null ? Map.of() : address.options();
        Optional<String> problem = channel.checkAddress(recipient, options);
        if (problem.isPresent()) {
            return DeliveryOutcome.permanent(problem.get());
        }
        return tests.send(channel, recipient, options);
    }

    private static String shown(String channelId) {
        return Validation.validChannelId(channelId) ? channelId : "of that name";
    }

    // ---- helpers

    private Routine routine(long userId, long routineId) {
        return routines.routine(userId, routineId).orElseThrow(() -> ReminderException.notFound("Routine " + routineId));
    }

    private ScheduleRow row(long userId, long routineId) {
        return store.schedules(userId, USER_PLANS).stream().filter(row -> row.routineId() == routineId).findFirst()
                .orElse(null);
    }

    private ScheduleRow planRow(long userId, long routineId) {
        ScheduleRow row = row(userId, routineId);
        if (row == null) {
            throw ReminderException.notFound("A reminder plan for routine " + routineId);
        }
        return row;
    }

    private Instant now() {
        return clock.instant();
    }

    private void wake(Instant nextDue) {
        if (nextDue != null) {
            engine.wakeAt(nextDue);
        }
    }
}
