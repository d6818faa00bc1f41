package org.limber.rest;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/** A part of Limber reporting its health at {@code /api/v1/health}; register as a service. */
@ConsumerType
public interface HealthIndicator {
    String name();

    Health check();

    /** @param up whether the part works; @param details figures worth showing (no private data) */
    record Health(boolean up, Map<String, Object> details) {
        public Health {
            details = Map.copyOf(details);
        }
    }
}
