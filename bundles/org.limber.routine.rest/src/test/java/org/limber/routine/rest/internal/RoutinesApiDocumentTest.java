package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.routine.rest.testing.ApiDocument;

/**
 * The OpenAPI contribution documents exactly the routine routes, as the distribution's integration test expects:
 * every servlet pattern has its paths, and every GET answers a status it documents, signed in or not.
 */
class RoutinesApiDocumentTest {
    private static final Set<String> ROUTES = Set.of(
            "GET /api/v1/routines", "POST /api/v1/routines", "POST /api/v1/routines/check",
            "POST /api/v1/routines/from-template", "GET /api/v1/routines/{id}", "PUT /api/v1/routines/{id}",
            "DELETE /api/v1/routines/{id}", "GET /api/v1/routines/{id}/play",
            "GET /api/v1/personal-exercises", "POST /api/v1/personal-exercises",
            "PUT /api/v1/personal-exercises/{id}", "DELETE /api/v1/personal-exercises/{id}",
            "GET /api/v1/exclusions", "PUT /api/v1/exclusions", "GET /api/v1/progression", "PUT /api/v1/progression");
    /** The servlets' whiteboard patterns. */
    private static final List<String> PATTERNS = List.of("/api/v1/routines", "/api/v1/routines/*",
            "/api/v1/personal-exercises", "/api/v1/personal-exercises/*", "/api/v1/exclusions", "/api/v1/progression");

    @TempDir
    static Path folder;
    private static RoutineServer server;
    private static ApiDocument document;

    @BeforeAll
    static void start() throws Exception {
        server = new RoutineServer(folder);
        document = new ApiDocument(new RoutinesApiDocument().document());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String concrete(String path) {
        return path.substring("/api/v1".length()).replace("{id}", "999999");
    }

    @Test
    void everyRouteIsDocumentedAndNothingElse() {
        assertEquals(new TreeSet<>(ROUTES), new TreeSet<>(document.operations()));
    }

    @Test
    void everyServletPatternHasDocumentedPaths() {
        Set<String> documented = new TreeSet<>();
        document.tree().path("paths").fieldNames().forEachRemaining(documented::add);
        for (String pattern : PATTERNS) {
            String base = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern;
            assertTrue(documented.stream().anyMatch(path -> path.equals(base) || path.startsWith(base + "/")),
                    pattern + " is documented in " + documented);
        }
    }

    @Test
    void everyOperationNeedsASignedInUserAndSaysSo() throws Exception {
        for (String operation : document.operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
            HttpResponse<byte[]> response = server.send(server.anonymous(concrete(path))
                    .header("Content-Type", "application/json").method(method, body).build());
            assertEquals(401, response.statusCode(), operation);
            document.assertDocuments(method, path, response);
        }
    }

    @Test
    void everyGetAnswersADocumentedStatusWhenSignedIn() throws Exception {
        long user = server.newUser();
        for (String operation : document.operations()) {
            if (!operation.startsWith("GET ")) {
                continue;
            }
            String path = operation.substring(4);
            HttpResponse<byte[]> response = server.get(user, concrete(path));
            assertEquals(path.contains("{") ? 404 : 200, response.statusCode(), path);
            document.assertDocuments("GET", path, response);
        }
    }

    @Test
    void changesNeedTheCsrfTokenAndEveryOperationIsNamedOnce() {
        document.assertConventions("routines", Set.of());
    }

    @Test
    void everyReferenceResolvesAndEveryRequiredFieldIsDescribed() {
        document.assertReferencesResolve();
    }
}
