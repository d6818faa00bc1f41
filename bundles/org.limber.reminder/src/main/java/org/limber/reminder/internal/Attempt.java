package org.limber.reminder.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;
import org.limber.storage.api.PendingDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt to deliver, run on its channel's thread. If the channel has not answered within the attempt timeout,
 * the watchdog records a retryable "timeout" and interrupts the thread; whichever comes first, the channel's answer
 * or the timeout, is the one recorded.
 */
final class Attempt implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Attempt.class);

    private enum State { RUNNING, ANSWERED, TIMED_OUT }

    /** What every attempt shares. */
    record Context(Clock clock, Settings settings, Backoff backoff, ScheduledExecutorService watchdog,
                   AttemptRecorder recorder, Runnable wake) {
    }

    private final PendingDelivery delivery;
    private final ChannelSlot slot;
    private final Instant leaseUntil;
    private final Context context;
    private State state = State.RUNNING;
    private Thread worker;
    private Instant startedAt;

    Attempt(PendingDelivery delivery, ChannelSlot slot, Instant leaseUntil, Context context) {
        this.delivery = delivery;
        this.slot = slot;
        this.leaseUntil = leaseUntil;
        this.context = context;
    }

    @Override
    public void run() {
        try {
            attempt();
        } finally {
            if (slot.finished()) {
                context.wake().run();
            }
        }
    }

    private void attempt() {
        Instant start = context.clock().instant();
        if (start.plus(context.settings().attemptTimeout()).isAfter(leaseUntil)) {
            // Waited in the queue too long to finish within its lease: left for a later claim, never run twice.
            LOG.debug("Delivery {} on channel {} left for a later claim", delivery.id(), slot.id());
            return;
        }
        ReminderChannel channel = slot.channel();
        String recipient = delivery.address() != null ? delivery.address()
                : channel.addressLabel() == null ? delivery.username() : null;
        if (recipient == null) {
            finish(start, 0, DeliveryOutcome.permanent("No address is set for " + channel.label()), false);
            return;
        }
        URI link;
        try {
            link = URI.create(delivery.link());
        } catch (IllegalArgumentException | NullPointerException e) {
            finish(start, 0, DeliveryOutcome.permanent("The reminder's link is not a URL"), false);
            return;
        }
        ReminderMessage message = new ReminderMessage(Long.toString(delivery.id()), recipient, delivery.options(),
                delivery.dueAt(), delivery.title(), delivery.text(), link);
        synchronized (this) {
            worker = Thread.currentThread();
            startedAt = start;
        }
        long began = System.nanoTime();
        ScheduledFuture<?> timer = context.watchdog().schedule(this::timeOut,
                context.settings().attemptTimeout().toMillis(), TimeUnit.MILLISECONDS);
        DeliveryOutcome outcome;
        try {
            outcome = channel.deliver(message);
            if (outcome == null) {
                outcome = DeliveryOutcome.retryable("The channel gave no answer");
            }
        } catch (InterruptedException e) {
            outcome = null;
        } catch (RuntimeException e) {
            outcome = DeliveryOutcome.retryable("The channel failed (" + e.getClass().getSimpleName() + ")");
        } finally {
            timer.cancel(false);
        }
        boolean answered;
        synchronized (this) {
            answered = state == State.RUNNING;
            if (answered) {
                state = State.ANSWERED;
            }
        }
        // A timeout's interrupt happened inside the synchronized block above: clear it before the next attempt.
        Thread.interrupted();
        if (!answered) {
            return;
        }
        if (outcome == null) {
            LOG.info("Delivery {} on channel {} was interrupted (stopping); it is tried again after its lease",
                    delivery.id(), slot.id());
            return;
        }
        finish(start, (System.nanoTime() - began) / 1_000_000, outcome, false);
    }

    private void timeOut() {
        Instant start;
        synchronized (this) {
            if (state != State.RUNNING) {
                return;
            }
            state = State.TIMED_OUT;
            start = startedAt;
            worker.interrupt();
        }
        long seconds = context.settings().attemptTimeout().toSeconds();
        finish(start, context.settings().attemptTimeout().toMillis(),
                DeliveryOutcome.retryable("No answer within " + seconds + " s"), true);
    }

    private void finish(Instant start, long durationMillis, DeliveryOutcome outcome, boolean timedOut) {
        Instant now = context.clock().instant();
        if (timedOut || durationMillis >= ChannelSlot.SLOW_MILLIS) {
            slot.tookLong(now, context.settings().lease());
        }
        context.recorder().record(AttemptResult.of(delivery.id(), slot.id(), delivery.attempts() + 1, start, now,
                durationMillis, outcome, timedOut, context.settings().maxAttempts(), context.backoff()));
    }
}
