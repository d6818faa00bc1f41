package org.limber.reminder.rest.internal;

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
 * The OpenAPI contribution documents exactly the reminder routes and the calendar feed, as the distribution's
 * integration test expects: every servlet pattern has its paths, and every GET answers a status it documents.
 */
class RemindersApiDocumentTest {
    private static final Set<String> ROUTES = Set.of(
            "GET /api/v1/reminders", "GET /api/v1/reminders/routines/{id}", "PUT /api/v1/reminders/routines/{id}",
            "POST /api/v1/reminders/routines/{id}/snooze", "POST /api/v1/reminders/routines/{id}/done",
            "GET /api/v1/reminders/preferences", "PUT /api/v1/reminders/preferences",
            "GET /api/v1/reminders/channels", "POST /api/v1/reminders/channels/{channelId}/test",
            "GET /api/v1/reminders/addresses", "PUT /api/v1/reminders/addresses/{channelId}",
            "DELETE /api/v1/reminders/addresses/{channelId}", "GET /api/v1/reminders/deliveries",
            "GET /api/v1/reminders/calendar", "POST /api/v1/reminders/calendar", "DELETE /api/v1/reminders/calendar",
            "GET /calendar/{file}");
    /** The servlets' whiteboard patterns. */
    private static final List<String> PATTERNS = List.of("/api/v1/reminders", "/api/v1/reminders/*",
            CalendarServlet.PATH + "/*");
    private static final String FEED = "GET /calendar/{file}";

    @TempDir
    static Path folder;
    private static ReminderServer server;
    private static ApiDocument document;

    @BeforeAll
    static void start() throws Exception {
        server = new ReminderServer(folder);
        document = new ApiDocument(new RemindersApiDocument().document());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The way the distribution's test fills in path variables. */
    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "999999");
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
    void everyOperationButTheFeedNeedsASignedInUserAndSaysSo() throws Exception {
        for (String operation : document.operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
            HttpResponse<byte[]> response = server.send(server.at(concrete(path))
                    .header("Content-Type", "application/json").method(method, body).build());
            assertEquals(operation.equals(FEED) ? 404 : 401, response.statusCode(), operation);
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
            HttpResponse<byte[]> response = server.send(server.at(concrete(path))
                    .header(ReminderServer.USER_HEADER, Long.toString(user)).GET().build());
            assertEquals(path.contains("{") ? 404 : 200, response.statusCode(), path);
            document.assertDocuments("GET", path, response);
        }
    }

    @Test
    void changesNeedTheCsrfTokenAndEveryOperationIsNamedOnce() {
        document.assertConventions("reminders", Set.of("get /calendar/{file}"));
    }

    @Test
    void everyReferenceResolvesAndEveryRequiredFieldIsDescribed() {
        document.assertReferencesResolve();
    }
}
