package org.limber.reminder.rest.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/** Event Admin, the framework's, reduced to handing each event at once to the handlers subscribed to its topic. */
final class DispatchingEvents implements EventAdmin {
    private record Subscription(String topic, EventHandler handler) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    void subscribe(String topic, EventHandler handler) {
        subscriptions.add(new Subscription(topic, handler));
    }

    @Override
    public void postEvent(Event event) {
        sendEvent(event);
    }

    @Override
    public void sendEvent(Event event) {
        subscriptions.stream().filter(subscription -> subscription.topic().equals(event.getTopic()))
                .forEach(subscription -> subscription.handler().handleEvent(event));
    }
}
