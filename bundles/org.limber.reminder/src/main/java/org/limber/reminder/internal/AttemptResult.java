package org.limber.reminder.internal;

import java.time.Instant;

import org.limber.reminder.api.DeliveryAttempt;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.spi.DeliveryOutcome;

/**
 * One attempt as recorded, and where it leaves its delivery: delivered; failed for good (a permanent failure, or the
 * last allowed attempt); or retrying after the backoff.
 */
record AttemptResult(long deliveryId, String channelId, int attemptNumber, DeliveryAttempt attempt,
                     DeliveryStatus status, Instant nextAttemptAt, String lastError) {
    static final String DELIVERED = "delivered";
    static final String RETRYABLE = "retryable";
    static final String FAILED = "failed";
    static final String TIMEOUT = "timeout";

    /**
     * @param attemptNumber this attempt's number, 1 for the first
     * @param finishedAt    when the attempt ended, from which a retry is timed
     */
    static AttemptResult of(long deliveryId, String channelId, int attemptNumber, Instant startedAt, Instant finishedAt,
                            long durationMillis, DeliveryOutcome outcome, boolean timedOut, int maxAttempts,
                            Backoff backoff) {
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            return new AttemptResult(deliveryId, channelId, attemptNumber,
                    new DeliveryAttempt(startedAt, DELIVERED, delivered.detail(), durationMillis),
                    DeliveryStatus.DELIVERED, null, null);
        }
        DeliveryOutcome.Failed failed = (DeliveryOutcome.Failed) outcome;
        String name = timedOut ? TIMEOUT : failed.retryable() ? RETRYABLE : FAILED;
        DeliveryAttempt attempt = new DeliveryAttempt(startedAt, name, failed.reason(), durationMillis);
        if (!failed.retryable() || attemptNumber >= maxAttempts) {
            return new AttemptResult(deliveryId, channelId, attemptNumber, attempt, DeliveryStatus.FAILED, null,
                    failed.reason());
        }
        return new AttemptResult(deliveryId, channelId, attemptNumber, attempt, DeliveryStatus.RETRYING,
                finishedAt.plus(backoff.delay(attemptNumber)), failed.reason());
    }
}
