package org.limber.reminder.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test reminders, sent at once on two threads of their own (never on a channel's delivery threads, so a test cannot
 * delay real reminders) and awaited up to the attempt timeout.
 */
final class TestSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TestSender.class);
    static final String TEXT = "This is a test reminder from Limber";

    private final Clock clock;
    private final Duration timeout;
    private final String publicUrl;
    private final ThreadPoolExecutor executor;

    TestSender(Clock clock, Duration timeout, String publicUrl) {
        this.clock = clock;
        this.timeout = timeout;
        this.publicUrl = publicUrl;
        this.executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), runnable -> {
            Thread thread = new Thread(runnable, "limber-reminder-test");
            thread.setDaemon(true);
            return thread;
        });
        this.executor.allowCoreThreadTimeOut(true);
    }

    DeliveryOutcome send(ReminderChannel channel, String recipient, Map<String, String> options) {
        ReminderMessage message = new ReminderMessage("test-" + UUID.randomUUID(), recipient, options,
                clock.instant(), ReminderTexts.TITLE, TEXT, URI.create(publicUrl + "/reminders"));
        Future<DeliveryOutcome> answer;
        try {
            answer = executor.submit(() -> channel.deliver(message));
        } catch (RejectedExecutionException e) {
            return DeliveryOutcome.retryable("Too many tests at once; try again in a moment");
        }
        DeliveryOutcome outcome;
        try {
            outcome = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            outcome = DeliveryOutcome.retryable("No answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            outcome = DeliveryOutcome.retryable("The channel failed (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            outcome = DeliveryOutcome.retryable("Interrupted");
        }
        if (outcome == null) {
            outcome = DeliveryOutcome.retryable("The channel gave no answer");
        }
        LOG.info("Test reminder on channel {}: {}", channel.id(), outcome instanceof DeliveryOutcome.Delivered
                ? AttemptResult.DELIVERED : ((DeliveryOutcome.Failed) outcome).retryable() ? AttemptResult.RETRYABLE
                : AttemptResult.FAILED);
        return outcome;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
