package org.limber.account.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FailureWindowTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private final FailureWindow window = new FailureWindow(3, Duration.ofMinutes(15), 100);

    @Test
    void aKeyIsBlockedAtTheLimitUntilItsOldestFailureAgesOut() {
        window.record("ann", T0);
        window.record("ann", T0.plus(Duration.ofMinutes(5)));
        assertEquals(Optional.empty(), window.blockedFor("ann", T0.plus(Duration.ofMinutes(6))));
        window.record("ann", T0.plus(Duration.ofMinutes(10)));

        assertEquals(Optional.of(Duration.ofMinutes(4)), window.blockedFor("ann", T0.plus(Duration.ofMinutes(11))));
        assertEquals(Optional.empty(), window.blockedFor("ann", T0.plus(Duration.ofMinutes(15))));
        assertEquals(Optional.empty(), window.blockedFor("bob", T0.plus(Duration.ofMinutes(11))));
    }

    @Test
    void clearingAndWithdrawingTakeFailuresBack() {
        window.record("ann", T0);
        window.record("ann", T0);
        window.record("ann", T0);
        window.withdrawLatest("ann");
        assertEquals(Optional.empty(), window.blockedFor("ann", T0));

        window.record("ann", T0);
        assertTrue(window.blockedFor("ann", T0).isPresent());
        window.clear("ann");
        assertEquals(Optional.empty(), window.blockedFor("ann", T0));
    }

    @Test
    void agedKeysAreForgotten() {
        for (int i = 0; i < 50; i++) {
            window.record("address-" + i, T0);
        }
        window.record("late", T0.plus(Duration.ofMinutes(10)));
        assertEquals(51, window.size());

        window.blockedFor("anyone", T0.plus(Duration.ofMinutes(16)));
        assertEquals(1, window.size(), "only the key with a failure in the last 15 minutes is kept");
    }

    @Test
    void memoryIsBoundedByForgettingTheQuietestKeys() {
        for (int i = 0; i < 500; i++) {
            window.record("address-" + i, T0.plusSeconds(i));
        }

        assertEquals(100, window.size());
        window.record("address-499", T0.plusSeconds(500));
        window.record("address-499", T0.plusSeconds(501));
        assertTrue(window.blockedFor("address-499", T0.plusSeconds(502)).isPresent(), "the newest key is kept");
        assertEquals(Optional.empty(), window.blockedFor("address-0", T0.plusSeconds(502)));
    }
}
