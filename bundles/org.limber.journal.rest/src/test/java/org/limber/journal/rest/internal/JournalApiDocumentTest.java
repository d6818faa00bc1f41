package org.limber.journal.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI contribution documents exactly the journal's routes, and each documented route answers. */
class JournalApiDocumentTest {
    private static final Set<String> ROUTES = Set.of(
            "GET /api/v1/journal/check-ins", "POST /api/v1/journal/check-ins",
            "GET /api/v1/journal/check-ins/{id}", "DELETE /api/v1/journal/check-ins/{id}",
            "POST /api/v1/journal/check-ins/{id}/acknowledge",
            "GET /api/v1/journal/sessions", "POST /api/v1/journal/sessions",
            "GET /api/v1/journal/sessions/{id}", "DELETE /api/v1/journal/sessions/{id}",
            "GET /api/v1/journal/days", "PUT /api/v1/journal/days/{day}", "DELETE /api/v1/journal/days/{day}",
            "GET /api/v1/journal/plan", "PUT /api/v1/journal/plan", "GET /api/v1/journal/insights",
            "GET /api/v1/journal/export", "POST /api/v1/journal/import");

    @TempDir
    static Path folder;
    private static JournalServer server;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        server = new JournalServer(folder);
        try (InputStream in = new JournalApiDocument().document().openStream()) {
            document = Json.mapper().readTree(in);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    @Test
    void everyRouteIsDocumentedAndNothingElse() {
        assertEquals(new TreeSet<>(ROUTES), new TreeSet<>(operations()));
    }

    @Test
    void everyDocumentedRouteAnswersAndNeedsASignedInUser() throws Exception {
        for (String operation : operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + "/api/v1/journal".length() + 1)
                    .replace("{id}", "1").replace("{day}", "2026-11-20");
            HttpRequest request = server.anonymous(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(401, server.send(request).statusCode(), operation);
        }
    }

    @Test
    void changesNeedTheCsrfTokenAndEveryOperationIsNamedOnce() {
        Set<String> ids = new HashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            assertTrue(ids.add(op.getValue().path("operationId").asText()), op.getKey() + " " + path.getKey());
            assertTrue(op.getValue().path("responses").has("401"), path.getKey());
            boolean csrf = op.getValue().path("parameters").valueStream()
                    .anyMatch(p -> p.path("name").asText().equals("X-CSRF-Token"));
            assertEquals(!op.getKey().equals("get"), csrf, op.getKey() + " " + path.getKey());
        }));
    }

    @Test
    void everyReferenceResolves() {
        Set<String> known = new HashSet<>(List.of("Problem"));
        document.path("components").path("schemas").fieldNames().forEachRemaining(known::add);
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertTrue(refs.size() > 20);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/") && known.contains(ref.substring(21)), ref);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
