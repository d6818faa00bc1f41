package org.limber.reminder.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.limber.reminder.api.DeliveryStatus;
import org.limber.storage.api.ReminderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes attempts to the store from one thread of its own. Channel threads hand their results over and are free at
 * once; and since one writer at a time records, a burst of results never queues many writes ahead of the
 * scheduler's claims (SQLite lets one writer in at a time). A result not yet written when Limber stops is lost: its
 * delivery's lease runs out and it is tried again (receivers can drop the duplicate by its delivery id).
 */
final class AttemptRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttemptRecorder.class);

    private final ReminderStore store;
    private final BlockingQueue<AttemptResult> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger unwritten = new AtomicInteger();
    private final Set<Long> unwrittenDeliveries = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean closing;

    AttemptRecorder(ReminderStore store) {
        this.store = store;
        this.thread = new Thread(this::run, "limber-reminder-recorder");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void record(AttemptResult result) {
        unwritten.incrementAndGet();
        unwrittenDeliveries.add(result.deliveryId());
        queue.add(result);
    }

    /**
     * Whether an attempt of this delivery is handed over and not yet written: if its lease ran out meanwhile and it
     * was claimed again, it must not be sent again.
     */
    boolean unwritten(long deliveryId) {
        return unwrittenDeliveries.contains(deliveryId);
    }

    /** Results handed over and not yet written. */
    int unwritten() {
        return unwritten.get();
    }

    private void run() {
        while (!closing || !queue.isEmpty()) {
            AttemptResult result;
            try {
                result = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (result != null) {
                write(result);
                unwrittenDeliveries.remove(result.deliveryId());
                unwritten.decrementAndGet();
            }
        }
    }

    private void write(AttemptResult result) {
        try {
            store.recordAttempt(result.deliveryId(), result.attempt(), result.status(), result.nextAttemptAt(),
                    result.lastError());
        } catch (RuntimeException e) {
            LOG.warn("Could not record attempt {} of delivery {} on channel {}: {}", result.attemptNumber(),
                    result.deliveryId(), result.channelId(), e.getMessage());
            return;
        }
        if (result.status() == DeliveryStatus.DELIVERED) {
            LOG.debug("Delivery {} on channel {}: {} at attempt {}", result.deliveryId(), result.channelId(),
                    result.attempt().outcome(), result.attemptNumber());
        } else if (result.status() == DeliveryStatus.FAILED) {
            LOG.warn("Delivery {} on channel {}: {} at attempt {}, given up", result.deliveryId(), result.channelId(),
                    result.attempt().outcome(), result.attemptNumber());
        } else {
            LOG.info("Delivery {} on channel {}: {} at attempt {}, retried at {}", result.deliveryId(),
                    result.channelId(), result.attempt().outcome(), result.attemptNumber(), result.nextAttemptAt());
        }
    }

    /** Writes what was handed over, for at most {@code grace}, and stops. */
    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    void close(Duration grace) {
        closing = true;
        try {
            thread.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            LOG.warn("{} delivery attempts were not recorded before stopping; they are tried again after their lease",
                    unwritten.get());
        }
    }
}
