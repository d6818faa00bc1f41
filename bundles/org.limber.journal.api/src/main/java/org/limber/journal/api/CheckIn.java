package org.limber.journal.api;

import java.time.Instant;

/**
 * A stored check-in.
 *
 * @param recordedAt              when it was saved
 * @param redFlagsAcknowledgedAt  when the user confirmed they saw the urgent-care notice, or {@code null}
 */
public record CheckIn(long id, CheckInData data, Instant recordedAt, Instant redFlagsAcknowledgedAt) {
    /** Reports red flags the user has not acknowledged yet: guided sessions hold back until they do. */
    public boolean awaitsAcknowledgement() {
        return data.reportsRedFlags() && redFlagsAcknowledgedAt == null;
    }
}
