package org.limber.reminder.api.spi;

/** What became of one delivery attempt. */
public sealed interface DeliveryOutcome {
    /** Accepted by the channel's transport; {@code detail} e.g. "HTTP 200", "2 tabs". */
    record Delivered(String detail) implements DeliveryOutcome {
    }

    /**
     * Not delivered. Retryable failures (a timeout, a 503, no open tab) are tried again with backoff; others (a
     * rejected address, a 404) are final. {@code reason} is shown to the user: no secrets in it.
     */
    record Failed(boolean retryable, String reason) implements DeliveryOutcome {
    }

    static DeliveryOutcome delivered(String detail) {
        return new Delivered(detail);
    }

    static DeliveryOutcome retryable(String reason) {
        return new Failed(true, reason);
    }

    static DeliveryOutcome permanent(String reason) {
        return new Failed(false, reason);
    }
}
