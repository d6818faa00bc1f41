package org.limber.journal.api;

import java.time.Instant;
import java.util.Set;

/**
 * A symptom check-in as the user reports it.
 *
 * @param at               when the symptoms were felt
 * @param sessionId        the session it was taken before or after, or {@code null}
 * @param backPain         back pain on the 0-10 numeric rating scale
 * @param legPain          leg pain on the 0-10 numeric rating scale
 * @param sittingMinutes   how long sitting is bearable, in minutes, or {@code null}
 * @param sleepQuality     0 (very bad) to 10 (very good), or {@code null}
 * @param flare            the user marks today as a flare-up day
 * @param redFlags         ids of the safety red flags the user reports now (see the safety service)
 * @param notes            free text, at most 2000 characters, or {@code null}
 */
public record CheckInData(Instant at, CheckInTiming timing, Long sessionId, int backPain, int legPain,
                          PainExtent legExtent, boolean numbness, boolean tingling, boolean weakness,
                          Integer sittingMinutes, Integer sleepQuality, boolean flare, Set<String> redFlags,
                          String notes) {
    public CheckInData {
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
    }

    public boolean reportsRedFlags() {
        return !redFlags.isEmpty();
    }
}
