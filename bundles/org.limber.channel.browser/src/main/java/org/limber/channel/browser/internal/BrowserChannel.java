package org.limber.channel.browser.internal;

import java.util.HashMap;
import java.util.Map;

import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;
import org.limber.rest.EventStreams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code browser} reminder channel: a reminder appears in the user's open Limber tabs.
 *
 * <p>It needs no address: the engine passes the username as recipient. Delivering posts the Event Admin event
 * {@value #TOPIC} addressed to that user ({@link EventStreams#RECIPIENT}); the shared event stream
 * ({@code GET /api/v1/events}) sends it only to that user's streams, as the server-sent event {@code reminder}
 * with data {@code {deliveryId, title, text, link, dueAt}}. The web UI shows it in the page and, where the user
 * allowed it and the page is a secure context (localhost or HTTPS), as a system notification. With no tab open
 * the delivery is retried later, so a reminder reaches the user when they next open Limber within the engine's
 * retry window. It has no configuration of its own.
 */
@Component(service = ReminderChannel.class, property = ReminderChannel.CHANNEL_ID + "=" + BrowserChannel.ID)
public class BrowserChannel implements ReminderChannel {
    static final String ID = "browser";
    static final String TOPIC = "org/limber/reminder/REMINDER";
    private static final Logger LOG = LoggerFactory.getLogger(BrowserChannel.class);

    private final EventAdmin events;
    private final EventStreams streams;

    @Activate
    public BrowserChannel(@Reference EventAdmin events, @Reference EventStreams streams) {
        this.events = events;
        this.streams = streams;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Browser";
    }

    @Override
    public String addressLabel() {
        return null;
    }

    @Override
    public DeliveryOutcome deliver(ReminderMessage message) {
        String username = message.recipient();
        int tabs = streams.openStreams(username);
        if (tabs == 0) {
            LOG.debug("Browser delivery {}: no open tab", message.deliveryId());
            return DeliveryOutcome.retryable("No open Limber tab");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(EventStreams.RECIPIENT, username);
        putIfPresent(properties, "deliveryId", message.deliveryId());
        putIfPresent(properties, "title", message.title());
        putIfPresent(properties, "text", message.text());
        putIfPresent(properties, "link", message.link() == null ? null : message.link().toString());
        putIfPresent(properties, "dueAt", message.dueAt() == null ? null : message.dueAt().toString());
        events.postEvent(new Event(TOPIC, properties));
        LOG.debug("Browser delivery {} posted to {} tab(s)", message.deliveryId(), tabs);
        return DeliveryOutcome.delivered(tabs == 1 ? "1 tab" : tabs + " tabs");
    }

    private static void putIfPresent(Map<String, Object> properties, String name, String value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
