package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.Sides;
import org.limber.rest.Json;
import org.limber.routine.rest.testing.ApiDocument;

import com.fasterxml.jackson.databind.JsonNode;

/** What the routine resources really send, answer by answer, is what their OpenAPI document says. */
class ResponsesMatchTheDocumentTest {
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

    /** Sends {@code method} to {@code path} (the template with ids filled in) and checks the answer against it. */
    private static JsonNode call(long user, String method, String template, String path, String body, int status)
            throws Exception {
        HttpRequest.Builder builder = server.request(user, path.substring("/api/v1".length()));
        HttpResponse<byte[]> response = server.send(body == null ? builder.method(method,
                HttpRequest.BodyPublishers.noBody()).build() : builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(status, response.statusCode(), () -> method + " " + path + ": " + new String(response.body()));
        document.assertDocuments(method, template, response);
        return response.body().length == 0 ? null : Json.mapper().readTree(response.body());
    }

    @Test
    void everyAnswerOfTheRoutineResourcesIsDocumented() throws Exception {
        long user = server.newUser();
        server.journal().addSession(user, new SessionData(Instant.now().minus(Duration.ofDays(1)), null, null, null,
                List.of(new ExerciseDone("sciatica.supine-twist", "Supine spinal twist", Outcome.DONE, null, null,
                        null, Sides.BOTH, Response.SPREAD, null)), null));

        JsonNode personal = call(user, "POST", "/api/v1/personal-exercises", "/api/v1/personal-exercises",
                PersonalExercisesRestTest.TOWEL, 201);
        long personalId = personal.path("id").asLong();
        call(user, "POST", "/api/v1/personal-exercises", "/api/v1/personal-exercises",
                "{\"name\":\"\",\"steps\":[\"a\"],\"category\":\"stretch\"}", 400);
        call(user, "POST", "/api/v1/personal-exercises", "/api/v1/personal-exercises", "{\"name\":\"A\"", 400);
        call(user, "GET", "/api/v1/personal-exercises", "/api/v1/personal-exercises", null, 200);
        call(user, "PUT", "/api/v1/personal-exercises/{id}", "/api/v1/personal-exercises/" + personalId,
                "{\"name\":\"Rock\",\"steps\":[\"Rock.\"],\"category\":\"mobility\"}", 200);
        call(user, "PUT", "/api/v1/personal-exercises/{id}", "/api/v1/personal-exercises/999999",
                PersonalExercisesRestTest.TOWEL, 404);

        String routine = "{\"name\":\"Everything\",\"notes\":\"n\",\"days\":[\"monday\",\"tuesday\"],\"sections\":["
                + "{\"kind\":\"strengthening\",\"items\":[{\"exerciseId\":\"sciatica.glute-bridge\"},"
                + "{\"exerciseId\":\"sciatica.cat-cow\",\"dose\":{\"reps\":5},\"note\":\"slow\"}]},"
                + "{\"kind\":\"custom\",\"title\":\"Mine\",\"items\":[{\"exerciseId\":\"personal:" + personalId
                + "\"},{\"exerciseId\":\"gone.stretch\"},{\"exerciseId\":\"sciatica.supine-twist\"}]}],"
                + "\"keptDespiteStop\":%s}";
        call(user, "PUT", "/api/v1/exclusions", "/api/v1/exclusions", "{\"exclusions\":[\"no-kneeling\"]}", 200);
        call(user, "PUT", "/api/v1/exclusions", "/api/v1/exclusions", "{\"exclusions\":[\"no-running\"]}", 400);
        call(user, "GET", "/api/v1/exclusions", "/api/v1/exclusions", null, 200);
        call(user, "PUT", "/api/v1/progression", "/api/v1/progression", "{\"phase\":\"acute\"}", 200);
        call(user, "PUT", "/api/v1/progression", "/api/v1/progression", "{\"phase\":\"later\"}", 400);
        call(user, "GET", "/api/v1/progression", "/api/v1/progression", null, 200);

        JsonNode problem = call(user, "POST", "/api/v1/routines", "/api/v1/routines", routine.formatted("[]"), 409);
        assertEquals(Calls.NEEDS_CONFIRMATION, problem.path("type").asText());
        JsonNode checked = call(user, "POST", "/api/v1/routines/check", "/api/v1/routines/check",
                routine.formatted("[]"), 200);
        assertEquals(8, checked.path("warnings").size(), checked::toString);
        call(user, "POST", "/api/v1/routines/check", "/api/v1/routines/check?id=x", routine.formatted("[]"), 400);
        String kept = routine.formatted("[\"sciatica.supine-twist\"]");
        long id = call(user, "POST", "/api/v1/routines", "/api/v1/routines", kept, 201).path("routine").path("id")
                .asLong();
        call(user, "POST", "/api/v1/routines", "/api/v1/routines", "{\"name\":\"A\",\"sections\":[]}", 400);
        call(user, "GET", "/api/v1/routines", "/api/v1/routines", null, 200);
        call(user, "GET", "/api/v1/routines/{id}", "/api/v1/routines/" + id, null, 200);
        call(user, "GET", "/api/v1/routines/{id}", "/api/v1/routines/999999", null, 404);
        call(user, "GET", "/api/v1/routines/{id}/play", "/api/v1/routines/" + id + "/play", null, 200);
        call(user, "GET", "/api/v1/routines/{id}/play", "/api/v1/routines/999999/play", null, 404);
        call(user, "PUT", "/api/v1/routines/{id}", "/api/v1/routines/" + id, kept, 200);
        call(user, "PUT", "/api/v1/routines/{id}", "/api/v1/routines/" + id, routine.formatted("[]"), 409);
        call(user, "PUT", "/api/v1/routines/{id}", "/api/v1/routines/" + id, "{\"name\":\"A\",\"days\":[1]}", 400);
        call(user, "PUT", "/api/v1/routines/{id}", "/api/v1/routines/999999", kept, 404);

        call(user, "POST", "/api/v1/routines/from-template", "/api/v1/routines/from-template",
                "{\"templateId\":\"sciatica.none\"}", 404);
        call(user, "POST", "/api/v1/routines/from-template", "/api/v1/routines/from-template", "{}", 400);
        server.catalog().current().templates().stream().findFirst().ifPresent(template -> {
            try {
                call(user, "POST", "/api/v1/routines/from-template", "/api/v1/routines/from-template",
                        "{\"templateId\":\"" + template.id() + "\",\"name\":null}", 201);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        call(user, "DELETE", "/api/v1/personal-exercises/{id}", "/api/v1/personal-exercises/" + personalId, null,
                204);
        call(user, "DELETE", "/api/v1/personal-exercises/{id}", "/api/v1/personal-exercises/" + personalId, null,
                404);
        call(user, "GET", "/api/v1/routines/{id}/play", "/api/v1/routines/" + id + "/play", null, 200);
        call(user, "DELETE", "/api/v1/routines/{id}", "/api/v1/routines/" + id, null, 204);
        call(user, "DELETE", "/api/v1/routines/{id}", "/api/v1/routines/" + id, null, 404);
    }

    @Test
    void refusedBodiesAreDocumented() throws Exception {
        long user = server.newUser();
        String huge = "{\"name\":\"" + "x".repeat(256 * 1024) + "\"}";
        for (String[] call : new String[][] {{"POST", "/api/v1/routines"}, {"POST", "/api/v1/routines/check"},
            {"POST", "/api/v1/routines/from-template"}, {"PUT", "/api/v1/routines/{id}"},
            {"POST", "/api/v1/personal-exercises"}, {"PUT", "/api/v1/personal-exercises/{id}"},
            {"PUT", "/api/v1/exclusions"}, {"PUT", "/api/v1/progression"}}) {
            String path = call[1].substring("/api/v1".length()).replace("{id}", "1");
            HttpResponse<byte[]> tooLarge = server.sendUnread(RoutineServer.streamed(server.request(user, path),
                    call[0], huge));
            assertEquals(413, tooLarge.statusCode(), String.join(" ", call));
            document.assertDocuments(call[0], call[1], tooLarge);
            HttpResponse<byte[]> notJson = server.send(server.request(user, path).header("Content-Type", "text/plain")
                    .method(call[0], HttpRequest.BodyPublishers.ofString("name=x")).build());
            assertEquals(415, notJson.statusCode(), String.join(" ", call));
            document.assertDocuments(call[0], call[1], notJson);
        }
    }
}
