package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.routine.rest.internal.RestAssert.assertInvalidField;
import static org.limber.routine.rest.internal.RestAssert.assertProblem;
import static org.limber.routine.rest.internal.RestAssert.assertStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.limber.rest.Json;
import org.limber.routine.api.RoutineService;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.JsonNode;

/** Routines over HTTP: every field round-trips, bad fields are named by JSON pointer, unknown ids are 404. */
class RoutinesRestTest {
    static final String FULL = """
            {"name": "Evening stretch", "notes": "Before bed, on the mat",
             "days": ["wednesday", "monday"],
             "sections": [
               {"kind": "warm-up", "title": null, "items": [
                 {"exerciseId": "sciatica.knee-to-chest", "note": "Slowly",
                  "dose": {"holdSeconds": 25, "reps": null, "sets": 2, "perSide": true, "restSeconds": 10,
                           "minutes": null}}]},
               {"kind": "custom", "title": "Walk it off", "items": [
                 {"exerciseId": "sciatica.walking", "note": null,
                  "dose": {"holdSeconds": null, "reps": null, "sets": null, "perSide": null, "restSeconds": null,
                           "minutes": 12}}]}],
             "keptDespiteStop": ["sciatica.cat-cow"]}
            """;
    static final String CHANGED = """
            {"name": "Morning stretch", "notes": null, "days": ["saturday"],
             "sections": [
               {"kind": "stretching", "title": "Lying down", "items": [
                 {"exerciseId": "sciatica.supine-twist"},
                 {"exerciseId": "sciatica.lying-piriformis", "note": "Both sides",
                  "dose": {"holdSeconds": null, "reps": 3, "sets": null, "perSide": false, "restSeconds": 0,
                           "minutes": null}}]}],
             "keptDespiteStop": []}
            """;
    private static final String NO_DOSE = "{\"holdSeconds\":null,\"reps\":null,\"sets\":null,\"perSide\":null,"
            + "\"restSeconds\":null,\"minutes\":null}";

    @TempDir
    static Path folder;
    private static RoutineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RoutineServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode tree(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    @Test
    void aRoutineIsCreatedReadChangedAndDeletedWithEveryField() throws Exception {
        long user = server.newUser();
        Instant before = Instant.now().minusSeconds(1);

        JsonNode created = assertStatus(201, server.post(user, "/routines", FULL));
        JsonNode routine = created.path("routine");
        long id = routine.path("id").asLong();
        JsonNode sent = tree(FULL);
        assertEquals("Evening stretch", routine.path("name").asText());
        assertEquals("Before bed, on the mat", routine.path("notes").asText());
        assertEquals(tree("[\"monday\",\"wednesday\"]"), routine.path("days"));
        assertEquals(sent.path("sections"), routine.path("sections"));
        assertEquals(tree("[\"sciatica.cat-cow\"]"), routine.path("keptDespiteStop"));
        assertTrue(routine.path("templateId").isNull());
        Instant createdAt = Instant.parse(routine.path("createdAt").asText());
        assertFalse(createdAt.isBefore(before));
        assertEquals(routine.path("createdAt"), routine.path("updatedAt"));
        assertTrue(created.path("warnings").isArray());

        assertEquals(routine, assertStatus(200, server.get(user, "/routines/" + id)));
        assertEquals(List.of(routine), List.copyOf(
                assertStatus(200, server.get(user, "/routines")).path("routines").valueStream().toList()));

        JsonNode changed = assertStatus(200, server.put(user, "/routines/" + id, CHANGED)).path("routine");
        assertEquals(id, changed.path("id").asLong());
        assertEquals("Morning stretch", changed.path("name").asText());
        assertTrue(changed.path("notes").isNull());
        assertEquals(tree("[\"saturday\"]"), changed.path("days"));
        JsonNode items = changed.path("sections").path(0).path("items");
        assertEquals("stretching", changed.path("sections").path(0).path("kind").asText());
        assertEquals("Lying down", changed.path("sections").path(0).path("title").asText());
        assertEquals("sciatica.supine-twist", items.path(0).path("exerciseId").asText());
        assertEquals(tree(NO_DOSE), items.path(0).path("dose"), "a dose left out is the exercise's own");
        assertTrue(items.path(0).path("note").isNull());
        assertEquals(tree(CHANGED).path("sections").path(0).path("items").path(1), items.path(1));
        assertEquals(0, changed.path("keptDespiteStop").size());
        assertEquals(routine.path("createdAt"), changed.path("createdAt"));
        assertFalse(Instant.parse(changed.path("updatedAt").asText()).isBefore(createdAt));
        assertEquals(changed, assertStatus(200, server.get(user, "/routines/" + id)));

        assertStatus(204, server.delete(user, "/routines/" + id));
        assertProblem(404, server.get(user, "/routines/" + id));
        assertProblem(404, server.delete(user, "/routines/" + id));
        assertEquals(0, assertStatus(200, server.get(user, "/routines")).path("routines").size());

        List<Event> events = server.events().posted(RoutineService.CHANGED_TOPIC).stream()
                .filter(event -> event.getProperty(RoutineService.ROUTINE_ID).equals(id)).toList();
        assertEquals(List.of(false, false, true),
                events.stream().map(event -> event.getProperty(RoutineService.DELETED)).toList());
        assertTrue(events.stream().allMatch(event -> event.getProperty(RoutineService.USER_ID).equals(user)));
    }

    static Stream<Arguments> invalidRoutines() {
        String item = "{\"exerciseId\":\"sciatica.knee-to-chest\"}";
        String section = "{\"kind\":\"stretching\",\"items\":[" + item + "]}";
        return Stream.of(
                Arguments.of("/name", "{\"name\":\"\",\"sections\":[" + section + "]}"),
                Arguments.of("/name", "{\"sections\":[" + section + "]}"),
                Arguments.of("/notes", "{\"name\":\"A\",\"notes\":\"" + "n".repeat(2001) + "\",\"sections\":["
                        + section + "]}"),
                Arguments.of("/sections", "{\"name\":\"A\",\"sections\":[]}"),
                Arguments.of("/sections/0/kind", "{\"name\":\"A\",\"sections\":[{\"kind\":\"dance\",\"items\":["
                        + item + "]}]}"),
                Arguments.of("/sections/0/kind", "{\"name\":\"A\",\"sections\":[{\"items\":[" + item + "]}]}"),
                Arguments.of("/sections/1/title", "{\"name\":\"A\",\"sections\":[" + section
                        + ",{\"kind\":\"custom\",\"items\":[" + item + "]}]}"),
                Arguments.of("/sections/0/items/1/dose/holdSeconds", "{\"name\":\"A\",\"sections\":[{\"kind\":"
                        + "\"stretching\",\"items\":[" + item + ",{\"exerciseId\":\"sciatica.supine-twist\","
                        + "\"dose\":{\"holdSeconds\":0}}]}]}"),
                Arguments.of("/sections/0/items/0/dose/sets", "{\"name\":\"A\",\"sections\":[{\"kind\":"
                        + "\"stretching\",\"items\":[{\"exerciseId\":\"sciatica.supine-twist\","
                        + "\"dose\":{\"sets\":21}}]}]}"),
                Arguments.of("/sections/0/items/0/exerciseId", "{\"name\":\"A\",\"sections\":[{\"kind\":"
                        + "\"stretching\",\"items\":[{\"exerciseId\":\"Knee to chest\"}]}]}"),
                Arguments.of("/days/0", "{\"name\":\"A\",\"days\":[\"funday\"],\"sections\":[" + section + "]}"),
                Arguments.of("/days/1", "{\"name\":\"A\",\"days\":[\"monday\",null],\"sections\":[" + section
                        + "]}"),
                Arguments.of("/keptDespiteStop/0", "{\"name\":\"A\",\"sections\":[" + section
                        + "],\"keptDespiteStop\":[null]}"),
                Arguments.of("/keptDespiteStop", "{\"name\":\"A\",\"sections\":[" + section
                        + "],\"keptDespiteStop\":[\"not an id\"]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRoutines")
    void aBadFieldIsA400NamingItsPointerAndNothingIsSaved(String pointer, String body) throws Exception {
        long user = server.newUser();
        assertInvalidField(pointer, server.post(user, "/routines", body));
        assertInvalidField(pointer, server.post(user, "/routines/check", body));

        long id = assertStatus(201, server.post(user, "/routines", FULL)).path("routine").path("id").asLong();
        JsonNode stored = assertStatus(200, server.get(user, "/routines/" + id));
        assertInvalidField(pointer, server.put(user, "/routines/" + id, body));
        assertEquals(stored, assertStatus(200, server.get(user, "/routines/" + id)));
        assertEquals(1, assertStatus(200, server.get(user, "/routines")).path("routines").size());
    }

    @Test
    void malformedBodiesAre400AndNotJsonIs415() throws Exception {
        long user = server.newUser();
        for (String body : new String[] {"{\"name\":", "[1,2", "{\"name\":\"A\",\"name\":\"B\"}",
            "{\"name\":\"A\",\"sections\":\"many\"}", "{\"name\":\"A\",\"sections\":[{\"kind\":\"stretching\","
                    + "\"items\":[{\"exerciseId\":\"sciatica.walking\",\"dose\":{\"minutes\":\"ten\"}}]}]}",
            "{\"sections\":" + "[".repeat(100) + "]".repeat(100) + "}"}) {
            assertEquals("Malformed JSON", assertProblem(400, server.post(user, "/routines", body))
                    .path("title").asText(), body);
        }
        assertProblem(400, server.post(user, "/routines", "null"));
        assertProblem(400, server.post(user, "/routines", ""));
        assertProblem(415, server.send(server.request(user, "/routines").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(FULL)).build()));
        assertEquals(0, assertStatus(200, server.get(user, "/routines")).path("routines").size());
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        long user = server.newUser();
        long id = assertStatus(201, server.post(user, "/routines", FULL)).path("routine").path("id").asLong();
        JsonNode stored = assertStatus(200, server.get(user, "/routines/" + id));
        // Just over the 256 KB cap: the server reads to the cap and refuses.
        String huge = FULL.replace("Before bed, on the mat", "x".repeat(256 * 1024));

        assertProblem(413, server.sendUnread(RoutineServer.streamed(server.request(user, "/routines"), "POST", huge)));
        assertProblem(413, server.sendUnread(RoutineServer.streamed(server.request(user, "/routines/" + id), "PUT",
                huge)));
        assertProblem(413, server.sendUnread(RoutineServer.streamed(server.request(user, "/routines/check"), "POST",
                huge)));
        assertEquals(stored, assertStatus(200, server.get(user, "/routines/" + id)));
        assertEquals(1, assertStatus(200, server.get(user, "/routines")).path("routines").size());
    }

    @Test
    void unknownIdsAre404() throws Exception {
        long user = server.newUser();
        assertProblem(404, server.get(user, "/routines/999999"));
        assertProblem(404, server.put(user, "/routines/999999", FULL));
        assertProblem(404, server.delete(user, "/routines/999999"));
        assertProblem(404, server.get(user, "/routines/999999/play"));
        assertProblem(404, server.get(user, "/routines/evening"));
        assertProblem(404, server.get(user, "/routines/" + "9".repeat(30)));
        assertProblem(404, server.get(user, "/routines/1/elsewhere"));
        assertEquals(0, assertStatus(200, server.get(user, "/routines")).path("routines").size());
    }

    @Test
    void anotherUsersRoutineIsNotFoundAndStaysAsItWas() throws Exception {
        long ann = server.newUser();
        long bob = server.newUser();
        long id = assertStatus(201, server.post(ann, "/routines", FULL)).path("routine").path("id").asLong();
        JsonNode stored = assertStatus(200, server.get(ann, "/routines/" + id));

        assertProblem(404, server.get(bob, "/routines/" + id));
        assertProblem(404, server.get(bob, "/routines/" + id + "/play"));
        assertProblem(404, server.put(bob, "/routines/" + id, CHANGED));
        assertProblem(404, server.delete(bob, "/routines/" + id));
        assertEquals(0, assertStatus(200, server.get(bob, "/routines")).path("routines").size());

        assertEquals(stored, assertStatus(200, server.get(ann, "/routines/" + id)));
        assertEquals(1, assertStatus(200, server.get(ann, "/routines")).path("routines").size());
    }

    @Test
    void nobodySignedInGets401Everywhere() throws Exception {
        String[][] calls = {{"GET", "/routines"}, {"POST", "/routines"}, {"POST", "/routines/check"},
            {"POST", "/routines/from-template"}, {"GET", "/routines/1"}, {"PUT", "/routines/1"},
            {"DELETE", "/routines/1"}, {"GET", "/routines/1/play"}, {"GET", "/personal-exercises"},
            {"POST", "/personal-exercises"}, {"PUT", "/personal-exercises/1"}, {"DELETE", "/personal-exercises/1"},
            {"GET", "/exclusions"}, {"PUT", "/exclusions"}, {"GET", "/progression"}, {"PUT", "/progression"}};
        for (String[] call : calls) {
            var body = call[0].equals("GET") || call[0].equals("DELETE")
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(FULL);
            JsonNode problem = assertProblem(401, server.send(server.anonymous(call[1])
                    .header("Content-Type", "application/json").method(call[0], body).build()));
            assertEquals("Not signed in", problem.path("title").asText(), String.join(" ", call));
        }
    }
}
