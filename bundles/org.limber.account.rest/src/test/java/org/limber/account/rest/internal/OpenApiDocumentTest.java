package org.limber.account.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI contribution documents every route of this bundle, and every schema it refers to exists. */
class OpenApiDocumentTest {
    private static JsonNode document() throws Exception {
        try (InputStream in = new AccountApiDocument().document().openStream()) {
            return Json.mapper().readTree(in);
        }
    }

    @Test
    void everyRouteIsDocumented() throws Exception {
        JsonNode paths = document().path("paths");
        String[][] routes = {
            {"/api/v1/auth/session", "get"}, {"/api/v1/auth/setup", "post"}, {"/api/v1/auth/login", "post"},
            {"/api/v1/auth/register", "post"}, {"/api/v1/auth/logout", "post"}, {"/api/v1/account", "get"},
            {"/api/v1/account/password", "put"}, {"/api/v1/account/delete", "post"},
            {"/api/v1/admin/users", "get"}, {"/api/v1/admin/users", "post"}, {"/api/v1/admin/users/{id}", "patch"},
            {"/api/v1/admin/users/{id}", "delete"}, {"/api/v1/admin/settings", "get"},
            {"/api/v1/admin/settings", "put"}, {"/api/v1/admin/backups", "post"},
        };
        for (String[] route : routes) {
            assertTrue(paths.path(route[0]).has(route[1]), route[1] + " " + route[0]);
        }
        int operations = 0;
        for (JsonNode path : paths) {
            for (String method : List.of("get", "put", "post", "patch", "delete")) {
                operations += path.has(method) ? 1 : 0;
            }
        }
        assertEquals(routes.length, operations, "no undocumented extras, no stale ones");
    }

    @Test
    void everyReferencedSchemaExists() throws Exception {
        JsonNode document = document();
        Set<String> referenced = new TreeSet<>();
        collect(document, referenced);
        List<String> missing = new ArrayList<>();
        for (String ref : referenced) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (!name.equals("Problem") && !document.path("components").path("schemas").has(name)) {
                missing.add(ref);
            }
        }
        assertTrue(missing.isEmpty(), "missing schemas: " + missing);
    }

    private static void collect(JsonNode node, Set<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collect(child, refs));
    }
}
