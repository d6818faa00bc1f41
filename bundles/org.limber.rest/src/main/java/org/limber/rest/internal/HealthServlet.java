package org.limber.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.limber.rest.HealthIndicator;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code GET /api/v1/health}: UP when every registered health indicator is up, with their figures. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/health")
public class HealthServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, HealthIndicator> indicators = new ConcurrentHashMap<>();
    private final Instant started = Instant.now();
    private final String version;

    @Activate
    public HealthServlet(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
        get("", request -> {
            Map<String, Object> components = new LinkedHashMap<>();
            boolean up = true;
            for (HealthIndicator indicator : indicators.values()) {
                HealthIndicator.Health health = indicator.check();
                up &= health.up();
                components.put(indicator.name(), Map.of("status", health.up() ? "UP" : "DOWN",
                        "details", health.details()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", up ? "UP" : "DOWN");
            body.put("version", version);
            body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
            body.put("components", components);
            return new Reply(up ? 200 : 503, body, null, Reply.Caching.NO_STORE);
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(HealthIndicator indicator) {
        indicators.put(indicator.name(), indicator);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator.name(), indicator);
    }
}
