package org.limber.reminder.api.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * One reminder to deliver.
 *
 * @param deliveryId identifies this delivery (the same across retries): receivers can use it to drop duplicates
 * @param recipient  the user's address for this channel, or their username when the channel needs no address
 * @param options    the user's options for this channel (never logged: may hold secrets)
 * @param dueAt      when the reminder was due
 * @param title      short text for a notification title ("Limber")
 * @param text       the reminder itself ("Time for your evening routine"); says nothing about health unless the user
 *                   opted in
 * @param link       where in Limber's web UI to start the session
 */
public record ReminderMessage(String deliveryId, String recipient, Map<String, String> options, Instant dueAt,
                              String title, String text, URI link) {
    public ReminderMessage {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    @Override
    public String toString() {
        return "ReminderMessage[deliveryId=" + deliveryId + ", dueAt=" + dueAt + "]";
    }
}
