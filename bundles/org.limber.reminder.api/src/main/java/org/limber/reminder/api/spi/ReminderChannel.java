package org.limber.reminder.api.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to deliver reminders (browser, webhook, email, ...). Register it as a service with the property
 * {@link #CHANNEL_ID} equal to {@link #id()}. The engine calls {@link #deliver} from a thread of this channel's own;
 * it may block up to its own timeout, and is interrupted when Limber stops.
 */
@ConsumerType
public interface ReminderChannel {
    String CHANNEL_ID = "limber.channel.id";

    /** Stable id, lower-case kebab ({@code email}). */
    String id();

    /** Name shown to users ({@code Email}). */
    String label();

    /**
     * What the user enters as their address, e.g. "Email address"; null when the channel needs none (the engine
     * then passes the user's username as recipient).
     */
    String addressLabel();

    /** The option keys a user may set with their address (a webhook's preset and signing secret), maybe none. */
    default List<String> optionKeys() {
        return List.of();
    }

    /** Empty when the address and options are usable, else what is wrong with them in the user's terms. */
    default Optional<String> checkAddress(String address, Map<String, String> options) {
        return Optional.empty();
    }

    DeliveryOutcome deliver(ReminderMessage message) throws InterruptedException;
}
