package org.limber.account.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Optional.empty(), throttle.begin(username, address), "attempt " + (i + 1));
        }
    }

    @Test
    void fiveFailuresForAnAccountBlockItFromEveryAddress() {
        fail("ann", "192.0.2.1", 3);
        clock.advance(Duration.ofMinutes(5));
        fail("ann", "198.51.100.7", 2);

        Optional<Duration> wait = throttle.begin("ann", "203.0.113.9");
        assertEquals(Optional.of(Duration.ofMinutes(10)), wait, "until the first failure is 15 minutes old");
        assertEquals(Optional.empty(), throttle.begin("bob", "203.0.113.9"), "other accounts are not affected");

        clock.advance(Duration.ofMinutes(10));
        assertEquals(Optional.empty(), throttle.begin("ann", "203.0.113.9"), "the window slides");
    }

    @Test
    void twentyFailuresFromAnAddressBlockItForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "192.0.2.1", 1);
        }

        assertTrue(throttle.begin("someone-else", "192.0.2.1").isPresent());
        assertEquals(Optional.empty(), throttle.begin("someone-else", "192.0.2.2"));
        clock.advance(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), throttle.begin("someone-else", "192.0.2.1"));
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        fail("ann", "192.0.2.1", 5);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertTrue(throttle.begin("ann", "192.0.2.1").isPresent());
        }
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Optional.empty(), throttle.begin("ann", "192.0.2.1"));
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddressesOtherFailures() {
        fail("ann", "192.0.2.1", 4);
        fail("ann", "192.0.2.1", 1);
        throttle.succeeded("ann", "192.0.2.1");

        fail("ann", "192.0.2.1", 5);
        assertTrue(throttle.begin("ann", "192.0.2.1").isPresent());

        for (int i = 0; i < 10; i++) {
            fail("guess" + i, "192.0.2.9", 1);
        }
        fail("mine", "192.0.2.9", 1);
        throttle.succeeded("mine", "192.0.2.9");
        for (int i = 10; i < 20; i++) {
            fail("guess" + i, "192.0.2.9", 1);
        }
        assertTrue(throttle.begin("guess-more", "192.0.2.9").isPresent(),
                "the 20 guesses still count after a success from the same address");
    }

    @Test
    void ipv6ClientsAreLimitedPerSlash64() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1), 1);
        }

        assertTrue(throttle.begin("other", "2001:db8:1:2:ffff::1").isPresent());
        assertEquals(Optional.empty(), throttle.begin("other", "2001:db8:1:3::1"));
        assertEquals(LoginThrottle.network("2001:db8:1:2::1"), LoginThrottle.network("2001:0db8:0001:0002:9::"));
    }

    @Test
    void hugeKeysCostLittleMemory() {
        String huge = "x".repeat(100_000);
        fail(huge, huge, 1);
        assertEquals(2, throttle.trackedKeys());
        assertTrue(LoginThrottle.network(huge).length() < 100);
    }
}
