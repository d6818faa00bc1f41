package org.limber.reminder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.PendingDelivery;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler: one thread that, every poll interval or sooner when the store knows of an earlier due time, claims
 * due reminders in batches (each batch one transaction, repeated while batches come back full) and then claims
 * deliveries for the channels installed now, handing each to its channel's own threads. No timer per user or plan.
 * <p>
 * Deliveries for a channel that is not installed are never claimed: they stay pending, untouched, and go out when
 * the channel returns. {@link #tick()} does one round on the caller's thread, so tests drive the engine with a
 * clock of their own; {@link #start()} runs rounds on the scheduler thread.
 */
final class ReminderEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderEngine.class);
    static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A round that found nothing to do waits at least this long, even when the store says something is due. */
    private static final long IDLE_MINIMUM_MILLIS = 20;

    private final ReminderStore store;
    private final Clock clock;
    private final Settings settings;
    private final DueDecider decider;
    private final Map<String, ChannelSlot> channels = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final ScheduledThreadPoolExecutor watchdog;
    private final AttemptRecorder recorder;
    private final Attempt.Context context;
    private final Object wakeLock = new Object();
    private ScheduledFuture<?> nextRound;
    private Instant nextRoundAt;
    private volatile boolean running;
    private volatile boolean closed;

    ReminderEngine(ReminderStore store, Clock clock, Settings settings, DueDecider decider, Backoff backoff) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.decider = decider;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("limber-reminder-scheduler"));
        this.watchdog = new ScheduledThreadPoolExecutor(1, daemon("limber-reminder-watchdog"));
        this.watchdog.setRemoveOnCancelPolicy(true);
        this.recorder = new AttemptRecorder(store);
        this.context = new Attempt.Context(clock, settings, backoff, watchdog, recorder, this::wakeNow);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Starts rounds on the scheduler thread. */
    void start() {
        running = true;
        wakeAt(clock.instant());
        LOG.info("Reminder scheduler started (poll {} ms, batches of {}, catch-up {} min)", settings.pollMillis(),
                settings.claimBatch(), settings.catchUp().toMinutes());
    }

    // ---- channels

    /** False when the id is malformed or taken by another channel service. */
    boolean addChannel(String id, ReminderChannel channel) {
        if (closed) {
            return false;
        }
        if (id == null || !CHANNEL_ID.matcher(id).matches()) {
            LOG.warn("Ignored a reminder channel without a valid {} property", ReminderChannel.CHANNEL_ID);
            return false;
        }
        ChannelSlot slot = new ChannelSlot(id, channel, settings);
        if (channels.putIfAbsent(id, slot) != null) {
            slot.close();
            LOG.warn("Ignored a second reminder channel with id {}", id);
            return false;
        }
        LOG.info("Reminder channel {} installed", id);
        wakeNow();
        return true;
    }

    void removeChannel(String id, ReminderChannel channel) {
        ChannelSlot slot = channels.get(id);
        if (slot != null && slot.channel() == channel && channels.remove(id, slot)) {
            slot.close();
            LOG.info("Reminder channel {} removed; its deliveries wait for it", id);
        }
    }

    /** The installed channels by id. */
    Map<String, ReminderChannel> installed() {
        Map<String, ReminderChannel> installed = new TreeMap<>();
        channels.forEach((id, slot) -> installed.put(id, slot.channel()));
        return installed;
    }

    Optional<ReminderChannel> channel(String id) {
        ChannelSlot slot = id == null ? null : channels.get(id);
        return slot == null ? Optional.empty() : Optional.of(slot.channel());
    }

    // ---- rounds

    /** What one round did. */
    record Round(int claimed, int dispatched) {
    }

    /**
     * One round at the clock's now: starts the held deliveries whose time has come; claims the reminders due up to
     * the lookahead, a batch at a time, and after each batch the deliveries due up to the lookahead for the installed
     * channels (so the first go out while later ones are still being claimed).
     * <p>
     * A reminder claimed before its due time is decided as at its due time, and its deliveries are held in memory
     * until then. So a burst of reminders due at the same minute is claimed in the seconds before it and goes out
     * at once when it falls due. The price: a session marked done, a snooze or a changed plan within the lookahead
     * before a reminder no longer changes it, and a retry may go out up to the lookahead early.
     */
    Round tick() {
        Instant now = clock.instant();
        Instant horizon = now.plus(settings.lookahead());
        int dispatched = 0;
        for (ChannelSlot slot : channels.values()) {
            dispatched += slot.release(now);
        }
        int claimed = 0;
        while (true) {
            int batch = claimDueBatch(now, horizon);
            claimed += batch;
            dispatched += dispatch(now, horizon);
            if (batch < settings.claimBatch()) {
                return new Round(claimed, dispatched);
            }
        }
    }

    /** Claims one batch; returns how many plans it decided. */
    private int claimDueBatch(Instant now, Instant horizon) {
        int[] decided = {0};
        store.claimDue(horizon, settings.claimBatch(), row -> {
            decided[0]++;
            Instant due = row.state().nextDue();
            return decide(row, due != null && due.isAfter(now) ? due : now);
        });
        return decided[0];
    }

    /** Never throws: one plan that cannot be decided must not hold up the batch it is in. */
    private DueDecision decide(ScheduleRow row, Instant now) {
        try {
            return decider.decide(row, now);
        } catch (RuntimeException e) {
            LOG.warn("Reminder of routine {} could not be decided, tried again in an hour: {}", row.routineId(),
                    e.toString());
            return new DueDecision(now.plus(Duration.ofHours(1)), null, null);
        }
    }

    /** Claims the deliveries due up to the horizon, channel by channel, as far as each has room; returns how many. */
    private int dispatch(Instant now, Instant horizon) {
        int dispatched = 0;
        Instant leaseUntil = now.plus(settings.lease());
        for (ChannelSlot slot : channels.values()) {
            while (true) {
                int room = Math.min(slot.room(now), settings.claimBatch());
                if (room == 0) {
                    break;
                }
                List<PendingDelivery> claimed = store.claimDeliveries(horizon, List.of(slot.id()), room, leaseUntil);
                for (PendingDelivery delivery : claimed) {
                    if (recorder.unwritten(delivery.id())) {
                        LOG.debug("Delivery {} is answered but not yet recorded; not sent again", delivery.id());
                        continue;
                    }
                    // A first attempt waits for its due time; a retry's time is not known here, it goes now.
                    Instant at = delivery.attempts() == 0 ? delivery.dueAt() : now;
                    slot.take(new Attempt(delivery, slot, leaseUntil, context), at, now);
                    if (!at.isAfter(now)) {
                        dispatched++;
                    }
                }
                if (claimed.size() < room) {
                    break;
                }
            }
        }
        return dispatched;
    }

    // ---- the scheduler thread

    private void round() {
        synchronized (wakeLock) {
            nextRound = null;
            nextRoundAt = null;
        }
        if (!running) {
            return;
        }
        Instant next;
        try {
            Round round = tick();
            next = nextWake(round.claimed() + round.dispatched() > 0);
        } catch (RuntimeException e) {
            LOG.warn("Reminder round failed, trying again in {} ms: {}", settings.pollMillis(), e.getMessage());
            next = clock.instant().plusMillis(settings.pollMillis());
        }
        wakeAt(next);
    }

    private Instant nextWake(boolean busy) {
        Instant now = clock.instant();
        Instant next = now.plusMillis(settings.pollMillis());
        Duration ahead = settings.lookahead();
        next = Schedules.earlier(next, store.earliestDue().map(due -> due.minus(ahead)).orElse(null));
        List<String> withRoom = new ArrayList<>();
        for (ChannelSlot slot : channels.values()) {
            next = Schedules.earlier(next, slot.earliestHeld());
            if (slot.room(now) > 0) {
                withRoom.add(slot.id());
            }
        }
        if (!withRoom.isEmpty()) {
            next = Schedules.earlier(next, store.earliestAttempt(withRoom).map(at -> at.minus(ahead)).orElse(null));
        }
        if (next.isAfter(now)) {
            return next;
        }
        // Something is due already but this round left it (another node holds it): do not spin on it.
        return busy ? now : now.plusMillis(IDLE_MINIMUM_MILLIS);
    }

    /** Runs a round now (a channel came, a thread became free). */
    void wakeNow() {
        wakeAt(clock.instant());
    }

    /** Makes sure a round runs no later than {@code at} (a plan changed to fall due then). */
    void wakeAt(Instant at) {
        synchronized (wakeLock) {
            if (!running || closed || (nextRoundAt != null && !nextRoundAt.isAfter(at))) {
                return;
            }
            if (nextRound != null) {
                nextRound.cancel(false);
            }
            // rounded up: a round that starts a little early finds nothing due and costs a second round
            long delay = Math.max(0, (Duration.between(clock.instant(), at).toNanos() + 999_999) / 1_000_000);
            nextRoundAt = at;
            nextRound = scheduler.schedule(this::round, delay, TimeUnit.MILLISECONDS);
        }
    }

    // ---- tests and shutdown

    /** Attempts running or queued on channel threads (not those held for later), plus results not yet written. */
    int busy() {
        int busy = recorder.unwritten();
        for (ChannelSlot slot : channels.values()) {
            busy += slot.active();
        }
        return busy;
    }

    /** Waits until nothing is {@link #busy()}, polling, for at most {@code timeout}; false if still busy then. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (busy() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        running = false;
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channels.values().forEach(ChannelSlot::close);
        channels.clear();
        watchdog.shutdownNow();
        recorder.close();
    }
}
