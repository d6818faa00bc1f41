package org.limber.routine.rest.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Event Admin, the framework's, reduced to recording what is posted. */
final class RecordingEvents implements EventAdmin {
    private final List<Event> posted = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        posted.add(event);
    }

    List<Event> posted(String topic) {
        return posted.stream().filter(event -> event.getTopic().equals(topic)).toList();
    }
}
