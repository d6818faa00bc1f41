package org.limber.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.limber.rest.ETags;
import org.limber.rest.Json;
import org.limber.rest.OpenApiContribution;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;

/** {@code GET /api/v1/openapi.json}: the base document merged with every bundle's contribution. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/openapi.json")
public class OpenApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiServlet.class);

    private final transient Map<OpenApiContribution, JsonNode> contributions = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();

    @Activate
    public OpenApiServlet() {
        get("", request -> {
            long current = revision.get();
            return Reply.lazyJson(this::merged, ETags.of(current, "openapi"));
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(OpenApiContribution contribution) {
        try (InputStream in = contribution.document().openStream()) {
            contributions.put(contribution, Json.mapper().readTree(in));
            revision.incrementAndGet();
        } catch (IOException e) {
            LOG.error("OpenAPI contribution {} cannot be read", contribution.document(), e);
        }
    }

    void removeContribution(OpenApiContribution contribution) {
        contributions.remove(contribution);
        revision.incrementAndGet();
    }

    private JsonNode merged() {
        ObjectNode document;
        try (InputStream in = OpenApiServlet.class.getResourceAsStream("/openapi/base.json")) {
            document = (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the base OpenAPI document is missing from the bundle", e);
        }
        ObjectNode paths = document.withObject("/paths");
        ObjectNode schemas = document.withObject("/components").withObject("/schemas");
        for (JsonNode contribution : contributions.values()) {
            contribution.path("paths").properties().forEach(e -> paths.set(e.getKey(), e.getValue()));
            contribution.path("components").path("schemas").properties()
                    .forEach(e -> schemas.set(e.getKey(), e.getValue()));
        }
        return document;
    }
}
