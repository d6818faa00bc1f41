package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesFromThirtySecondsUpToAnHour() {
        Backoff middle = new Backoff(() -> 0.5); // no jitter
        assertEquals(Duration.ofSeconds(30), middle.delay(1));
        assertEquals(Duration.ofSeconds(60), middle.delay(2));
        assertEquals(Duration.ofSeconds(120), middle.delay(3));
        assertEquals(Duration.ofSeconds(1920), middle.delay(7));
        assertEquals(Duration.ofHours(1), middle.delay(8), "3,840 s capped");
        assertEquals(Duration.ofHours(1), middle.delay(40));
    }

    @Test
    void jitterStaysWithinTwentyPercentAndTheCap() {
        assertEquals(Duration.ofSeconds(24), new Backoff(() -> 0.0).delay(1));
        assertEquals(Duration.ofSeconds(36), new Backoff(() -> 0.9999999).delay(1));
        assertEquals(Duration.ofSeconds(2304), new Backoff(() -> 0.9999999).delay(7));
        assertEquals(Duration.ofHours(1), new Backoff(() -> 0.9999999).delay(8), "never above the cap");
        assertEquals(Duration.ofSeconds(2880), new Backoff(() -> 0.0).delay(8));
        Random random = new Random(4);
        Backoff backoff = new Backoff(random::nextDouble);
        for (int attempt = 1; attempt <= 12; attempt++) {
            double base = Math.min(30_000 * Math.pow(2, attempt - 1), 3_600_000);
            for (int i = 0; i < 200; i++) {
                long millis = backoff.delay(attempt).toMillis();
                assertTrue(millis >= base * 0.8 - 1 && millis <= Math.min(base * 1.2, 3_600_000) + 1,
                        attempt + ": " + millis);
            }
        }
    }
}
