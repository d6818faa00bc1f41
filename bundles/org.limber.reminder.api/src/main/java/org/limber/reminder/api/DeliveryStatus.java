package org.limber.reminder.api;

import java.util.Locale;

/** Where a delivery is; travels as a kebab name. */
public enum DeliveryStatus {
    /** Due, not tried yet (or waiting for its channel to be installed again). */
    PENDING,
    /** Failed retryably, tried again at {@code nextAttemptAt}. */
    RETRYING,
    DELIVERED,
    /** Failed for good, or out of retries. */
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
