package org.limber.reminder.api;

import java.time.Instant;

/** One attempt to deliver; {@code outcome} is delivered, retryable, failed or timeout. */
public record DeliveryAttempt(Instant at, String outcome, String detail, long durationMillis) {
}
