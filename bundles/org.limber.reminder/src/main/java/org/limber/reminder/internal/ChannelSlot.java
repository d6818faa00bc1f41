package org.limber.reminder.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.limber.reminder.api.spi.ReminderChannel;

/**
 * One installed channel with its own few threads and queue, so that a channel that hangs or fails holds up only its
 * own deliveries. Deliveries claimed before their due time (within the engine's lookahead) are held here until it.
 * <p>
 * How many deliveries it takes at once (held, queued and running): a channel whose attempts come back quickly takes
 * up to twenty claim batches, so that a burst due at one minute can be claimed and held before it; one that was slow
 * lately (an attempt over a second, or a timeout) takes only as many as its threads can finish within a lease even
 * if every attempt runs into the timeout, so that what it claimed does not wait in its queue while the lease runs
 * out. A held or queued delivery costs about a kilobyte of heap.
 */
final class ChannelSlot {
    static final long SLOW_MILLIS = 1000;
    static final int FAST_BATCHES = 20;

    private record Held(Instant at, Attempt attempt) {
    }

    private final String id;
    private final ReminderChannel channel;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final PriorityQueue<Held> held = new PriorityQueue<>(Comparator.comparing(Held::at));
    private final int fastCapacity;
    private final int slowCapacity;
    private volatile Instant slowUntil = Instant.MIN;
    /** Set when it had no room for more: its next free thread wakes the scheduler. */
    private volatile boolean backlog;

    ChannelSlot(String id, ReminderChannel channel, Settings settings) {
        this.id = id;
        this.channel = channel;
        int threads = settings.channelThreads();
        this.slowCapacity = threads * (int) Math.max(1,
                settings.lease().toSeconds() / Math.max(1, settings.attemptTimeout().toSeconds()));
        this.fastCapacity = Math.max(slowCapacity, FAST_BATCHES * settings.claimBatch());
        // Unbounded, but never holds more than the capacity: the engine claims only what room() allows.
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "limber-reminder-" + id);
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    String id() {
        return id;
    }

    ReminderChannel channel() {
        return channel;
    }

    /** How many more deliveries it can take now. */
    int room(Instant now) {
        int capacity = now.isBefore(slowUntil) ? slowCapacity : fastCapacity;
        int room = capacity - inFlight.get();
        backlog = room <= 0;
        return Math.max(0, room);
    }

    /** Runs the attempt now, or holds it until {@code at} if that is later. */
    void take(Attempt attempt, Instant at, Instant now) {
        inFlight.incrementAndGet();
        if (at.isAfter(now)) {
            synchronized (held) {
                held.add(new Held(at, attempt));
            }
        } else {
            execute(attempt);
        }
    }

    /** Starts the held attempts whose time has come; returns how many. */
    int release(Instant now) {
        List<Attempt> due = new ArrayList<>();
        synchronized (held) {
            while (!held.isEmpty() && !held.peek().at().isAfter(now)) {
                due.add(held.poll().attempt());
            }
        }
        due.forEach(this::execute);
        return due.size();
    }

    /** When the first held attempt is due, or null. */
    Instant earliestHeld() {
        synchronized (held) {
            return held.isEmpty() ? null : held.peek().at();
        }
    }

    private void execute(Attempt attempt) {
        try {
            executor.execute(attempt);
        } catch (RejectedExecutionException e) {
            // closed: the delivery stays leased, and is tried again after its lease
            inFlight.decrementAndGet();
        }
    }

    /** Called when an attempt is over; true when the scheduler should look for more work for it now. */
    boolean finished() {
        inFlight.decrementAndGet();
        boolean wake = backlog;
        backlog = false;
        return wake;
    }

    void tookLong(Instant now, Duration lease) {
        slowUntil = now.plus(lease);
    }

    /** Queued and running attempts (not the held ones). */
    int active() {
        synchronized (held) {
            return inFlight.get() - held.size();
        }
    }

    /**
     * Stops its threads: running attempts are interrupted, queued and held ones dropped (they stay leased, and are
     * tried again after their lease).
     */
    void close() {
        executor.shutdownNow();
        synchronized (held) {
            inFlight.addAndGet(-held.size());
            held.clear();
        }
    }
}
