package org.limber.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** The catalog's OpenAPI contribution documents the template routes with the shapes they really answer. */
class CatalogApiDocumentTest {
    private static JsonNode document;
    private static CatalogServer server;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = new CatalogApiDocument().document().openStream()) {
            document = Json.mapper().readTree(in);
        }
        server = new CatalogServer();
        server.add(CatalogServer.sciatica());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void templateRoutesAreDocumentedAsPublicReads() {
        JsonNode paths = document.path("paths");

        assertEquals(Set.of("get"), names(paths.path("/api/v1/templates")));
        assertEquals(Set.of("get"), names(paths.path("/api/v1/templates/{id}")));
        assertEquals(Set.of("200", "304", "404"),
                names(paths.path("/api/v1/templates/{id}").path("get").path("responses")));
        assertTrue(paths.path("/api/v1/templates").path("get").path("parameters").isMissingNode(),
                "no CSRF header or other parameter on a public read");
    }

    @Test
    void documentedPropertiesAreTheOnesServed() throws Exception {
        JsonNode template = CatalogServer.json(server.get("/api/v1/templates/sciatica.gentle-daily"));
        JsonNode section = template.path("sections").path(0);
        JsonNode item = section.path("items").path(0);

        assertEquals(names(template), names(schema("RoutineTemplate").path("properties")));
        assertEquals(names(section), names(schema("TemplateSection").path("properties")));
        assertEquals(names(item), names(schema("TemplateItem").path("properties")));
        assertEquals(names(CatalogServer.json(server.get("/api/v1/templates"))), names(document.path("paths")
                .path("/api/v1/templates").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("properties")));
    }

    @Test
    void operationIdsAreUniqueAndEveryReferenceResolves() {
        Set<String> ids = new TreeSet<>();
        document.path("paths").forEach(path -> path.forEach(op ->
                assertTrue(ids.add(op.path("operationId").asText()), op.path("operationId").asText())));
        Set<String> known = new TreeSet<>(List.of("Problem"));
        known.addAll(names(document.path("components").path("schemas")));
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
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
