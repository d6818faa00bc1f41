package org.limber.storage.api;

import java.time.Instant;
import java.util.Map;

/**
 * A delivery claimed for an attempt, with the user's address and options for its channel (null address when the
 * user has set none).
 */
public record PendingDelivery(long id, long userId, String username, long routineId, String channelId,
                              String address, Map<String, String> options, Instant dueAt, int attempts, String title,
                              String text, String link) {
    public PendingDelivery {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    @Override
    public String toString() {
        return "PendingDelivery[id=" + id + ", channelId=" + channelId + ", attempts=" + attempts + "]";
    }
}
