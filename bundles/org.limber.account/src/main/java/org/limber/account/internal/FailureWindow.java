package org.limber.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failures per key within a sliding window: a key with {@code maxFailures} failures in the last {@code window} is
 * blocked until the oldest of them ages out. Keys are kept in order of their last failure, so forgetting aged keys
 * stops at the first live one; beyond {@code maxKeys} the longest-quiet key is forgotten, which bounds memory.
 * Not thread-safe: {@link LoginThrottle} serializes access.
 */
final class FailureWindow {
    private final int maxFailures;
    private final Duration window;
    private final int maxKeys;
    private final LinkedHashMap<String, ArrayDeque<Instant>> failures = new LinkedHashMap<>();

    FailureWindow(int maxFailures, Duration window, int maxKeys) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("a failure window needs a positive limit, duration and size");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** How long the key must wait before its next attempt, if it is blocked now. */
    Optional<Duration> blockedFor(String key, Instant now) {
        forgetAged(now);
        ArrayDeque<Instant> times = failures.get(key);
        if (times != null) {
            trim(times, now.minus(window));
        }
        if (times == null || times.size() < maxFailures) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    void record(String key, Instant now) {
        forgetAged(now);
        ArrayDeque<Instant> times = failures.remove(key);
        if (times == null) {
            times = new ArrayDeque<>(maxFailures);
        }
        trim(times, now.minus(window));
        times.addLast(now);
        while (times.size() > maxFailures) {
            times.removeFirst();
        }
        failures.put(key, times);
        while (failures.size() > maxKeys) {
            Iterator<?> eldest = failures.values().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /** Takes back the latest failure of the key (an attempt counted up front turned out well). */
    void withdrawLatest(String key) {
        ArrayDeque<Instant> times = failures.get(key);
        if (times != null) {
            times.pollLast();
            if (times.isEmpty()) {
                failures.remove(key);
            }
        }
    }

    void clear(String key) {
        failures.remove(key);
    }

    int size() {
        return failures.size();
    }

    private void forgetAged(Instant now) {
        Instant cutoff = now.minus(window);
        Iterator<Map.Entry<String, ArrayDeque<Instant>>> entries = failures.entrySet().iterator();
        while (entries.hasNext()) {
            ArrayDeque<Instant> times = entries.next().getValue();
            trim(times, cutoff);
            if (!times.isEmpty()) {
                // Entries are ordered by their last failure: every later one has a newer last failure than this.
                break;
            }
            entries.remove();
        }
    }

    private static void trim(ArrayDeque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
