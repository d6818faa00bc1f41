package org.limber.reminder.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a delivery that failed retryably is tried again: 30 s after the first attempt, doubling with each further
 * attempt, each delay spread by ±20 % so that deliveries failing together do not retry together, never more than an
 * hour.
 */
final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration CAP = Duration.ofHours(1);
    static final double JITTER = 0.2;

    private final DoubleSupplier random;

    /** @param random uniform in [0, 1) */
    Backoff(DoubleSupplier random) {
        this.random = random;
    }

    /** The delay after the {@code attempt}-th attempt (1 for the first) failed. */
    Duration delay(int attempt) {
        int doublings = Math.min(Math.max(attempt, 1) - 1, 20);
        double base = Math.min(FIRST.toMillis() * Math.pow(2, doublings), CAP.toMillis());
        double spread = 1 + JITTER * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(Math.min(base * spread, CAP.toMillis())));
    }
}
