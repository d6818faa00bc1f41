package org.limber.reminder.api;

import java.time.Instant;
import java.util.List;

/**
 * One reminder through one channel, with every attempt.
 *
 * @param waiting true when its channel is not installed now: it is kept and delivered when the channel returns
 */
public record Delivery(long id, long routineId, String routineName, String channelId, Instant dueAt,
                       DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError, boolean waiting,
                       List<DeliveryAttempt> attemptLog) {
    public Delivery {
        attemptLog = attemptLog == null ? List.of() : List.copyOf(attemptLog);
    }
}
