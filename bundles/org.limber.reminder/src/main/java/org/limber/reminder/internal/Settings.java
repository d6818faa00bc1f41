package org.limber.reminder.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.slf4j.LoggerFactory;

/** The engine's settings, from {@link ReminderConfig} (tests build them directly). */
record Settings(boolean enabled, long pollMillis, int claimBatch, Duration lookahead, Duration catchUp, int maxAttempts,
                Duration lease, Duration attemptTimeout, int channelThreads, String publicUrl) {
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8181";

    Settings {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? DEFAULT_PUBLIC_URL : publicUrl.strip();
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
    }

    static Settings of(ReminderConfig config) {
        return new Settings(config.enabled(), Math.max(50, config.pollMillis()), clamp(config.claimBatch(), 1, 10_000),
                Duration.ofMillis(Math.max(0, Math.min(60_000, config.lookaheadMillis()))),
                Duration.ofMinutes(Math.max(0, config.catchUpMinutes())), clamp(config.maxAttempts(), 1, 50),
                Duration.ofSeconds(Math.max(10, config.leaseSeconds())),
                Duration.ofSeconds(Math.max(1, config.attemptTimeoutSeconds())), clamp(config.channelThreads(), 1, 64),
                publicUrl(config.publicUrl()));
    }

    /** The configured URL if it is an absolute http(s) URL, else the default (with a warning). */
    private static String publicUrl(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_PUBLIC_URL;
        }
        try {
            URI uri = new URI(configured.strip());
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return configured;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        LoggerFactory.getLogger(Settings.class).warn("publicUrl in {} is not an http(s) URL; reminders link to {}",
                ReminderConfig.PID, DEFAULT_PUBLIC_URL);
        return DEFAULT_PUBLIC_URL;
    }

    static Settings defaults() {
        return new Settings(true, 1000, 500, Duration.ofSeconds(5), Duration.ofMinutes(60), 8, Duration.ofSeconds(120),
                Duration.ofSeconds(30), 4, DEFAULT_PUBLIC_URL);
    }

    Settings withAttemptTimeout(Duration timeout) {
        return new Settings(enabled, pollMillis, claimBatch, lookahead, catchUp, maxAttempts, lease, timeout,
                channelThreads, publicUrl);
    }

    Settings withClaimBatch(int batch) {
        return new Settings(enabled, pollMillis, batch, lookahead, catchUp, maxAttempts, lease, attemptTimeout,
                channelThreads, publicUrl);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
