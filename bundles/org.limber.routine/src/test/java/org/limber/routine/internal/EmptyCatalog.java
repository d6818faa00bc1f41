package org.limber.routine.internal;

import org.limber.catalog.api.CatalogView;
import org.limber.catalog.internal.CatalogComponent;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The real catalog with no pack installed. */
final class EmptyCatalog {
    static final CatalogView VIEW = new CatalogComponent(new EventAdmin() {
        @Override
        public void postEvent(Event event) {
        }

        @Override
        public void sendEvent(Event event) {
        }
    }).current();

    private EmptyCatalog() {
    }
}
