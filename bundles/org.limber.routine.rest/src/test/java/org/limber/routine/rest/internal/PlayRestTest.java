package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.routine.rest.internal.RestAssert.assertStatus;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.catalog.api.model.Exercise;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** The player's view of a routine: every dose worked out, gone exercises kept but unavailable. */
class PlayRestTest {
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

    private static JsonNode dose(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    @Test
    void dosesAreTheOverridesOverTheExercisesOwnAndAGoneExerciseIsUnavailable() throws Exception {
        long user = server.newUser();
        String body = """
                {"name": "Bedtime", "sections": [
                  {"kind": "stretching", "items": [
                    {"exerciseId": "sciatica.knee-to-chest", "dose": {"holdSeconds": 45}, "note": "Gently"},
                    {"exerciseId": "sciatica.lying-piriformis"},
                    {"exerciseId": "sciatica.supine-twist", "dose": {"sets": 3, "perSide": false}},
                    {"exerciseId": "gone.side-bend"}]},
                  {"kind": "finish", "title": "Walk", "items": [
                    {"exerciseId": "sciatica.walking", "dose": {"minutes": 20}}]}]}
                """;
        JsonNode saved = assertStatus(201, server.post(user, "/routines", body));
        long id = saved.path("routine").path("id").asLong();
        assertEquals("unavailable", saved.path("warnings").path(0).path("code").asText());
        assertEquals("gone.side-bend", saved.path("warnings").path(0).path("exerciseId").asText());

        JsonNode play = assertStatus(200, server.get(user, "/routines/" + id + "/play"));
        assertEquals(assertStatus(200, server.get(user, "/routines/" + id)), play.path("routine"));
        assertEquals("unavailable", play.path("warnings").path(0).path("code").asText());
        JsonNode stretching = play.path("sections").path(0);
        assertEquals("stretching", stretching.path("kind").asText());
        assertTrue(stretching.path("title").isNull());
        JsonNode items = stretching.path("items");

        JsonNode knee = items.path(0);
        Exercise kneeToChest = server.catalog().current().exercise("sciatica.knee-to-chest").orElseThrow();
        assertEquals("sciatica.knee-to-chest", knee.path("exerciseId").asText());
        assertEquals(kneeToChest.name(), knee.path("name").asText());
        assertEquals(kneeToChest.summary(), knee.path("summary").asText());
        assertEquals(kneeToChest.steps(), knee.path("steps").valueStream().map(JsonNode::asText).toList());
        assertEquals(kneeToChest.stopIf().size(), knee.path("stopIf").size());
        assertFalse(knee.path("cautions").isEmpty());
        assertTrue(knee.path("available").asBoolean());
        assertFalse(knee.path("personal").asBoolean());
        assertFalse(knee.path("excluded").asBoolean());
        assertEquals("Gently", knee.path("note").asText());
        assertEquals(dose("{\"holdSeconds\":45,\"reps\":0,\"sets\":1,\"perSide\":true,\"restSeconds\":0,"
                + "\"minutes\":0}"), knee.path("dose"), "the override's hold, the exercise's sides");

        assertEquals(dose("{\"holdSeconds\":20,\"reps\":2,\"sets\":1,\"perSide\":true,\"restSeconds\":0,"
                + "\"minutes\":0}"), items.path(1).path("dose"), "the low end of the exercise's own dose");
        assertEquals(dose("{\"holdSeconds\":30,\"reps\":0,\"sets\":3,\"perSide\":false,\"restSeconds\":15,"
                + "\"minutes\":0}"), items.path(2).path("dose"), "sets bring a rest between them");

        JsonNode gone = items.path(3);
        assertEquals("gone.side-bend", gone.path("exerciseId").asText());
        assertFalse(gone.path("available").asBoolean());
        assertFalse(gone.path("personal").asBoolean());
        assertEquals("gone.side-bend", gone.path("name").asText());
        assertTrue(gone.path("summary").isNull());
        assertEquals(0, gone.path("steps").size());
        assertEquals(dose("{\"holdSeconds\":0,\"reps\":1,\"sets\":1,\"perSide\":false,\"restSeconds\":0,"
                + "\"minutes\":0}"), gone.path("dose"));

        JsonNode walk = play.path("sections").path(1);
        assertEquals("finish", walk.path("kind").asText());
        assertEquals("Walk", walk.path("title").asText());
        assertEquals(20, walk.path("items").path(0).path("dose").path("minutes").asInt());
        assertEquals(0, walk.path("items").path(0).path("dose").path("reps").asInt());
    }

    @Test
    void aPersonalExercisePlaysWithItsOwnDoseUntilItIsDeleted() throws Exception {
        long user = server.newUser();
        JsonNode exercise = assertStatus(201, server.post(user, "/personal-exercises", """
                {"name": "Towel hamstring stretch", "summary": "With a towel round the foot",
                 "steps": ["Lie on your back.", "Loop a towel round one foot and raise the leg."],
                 "category": "stretch", "positions": ["lying-on-back"], "directions": ["neutral"],
                 "dose": {"holdSeconds": 30, "perSide": true}}
                """));
        String exerciseId = exercise.path("exerciseId").asText();
        long id = assertStatus(201, server.post(user, "/routines", "{\"name\":\"Mine\",\"sections\":[{\"kind\":"
                + "\"stretching\",\"items\":[{\"exerciseId\":\"" + exerciseId + "\",\"dose\":{\"reps\":2}}]}]}"))
                .path("routine").path("id").asLong();

        JsonNode item = assertStatus(200, server.get(user, "/routines/" + id + "/play")).path("sections").path(0)
                .path("items").path(0);
        assertEquals(exerciseId, item.path("exerciseId").asText());
        assertTrue(item.path("available").asBoolean());
        assertTrue(item.path("personal").asBoolean());
        assertEquals("Towel hamstring stretch", item.path("name").asText());
        assertEquals("With a towel round the foot", item.path("summary").asText());
        assertEquals(2, item.path("steps").size());
        assertEquals(dose("{\"holdSeconds\":30,\"reps\":2,\"sets\":1,\"perSide\":true,\"restSeconds\":0,"
                + "\"minutes\":0}"), item.path("dose"));

        long other = server.newUser();
        long borrowed = assertStatus(201, server.post(other, "/routines", "{\"name\":\"Borrowed\",\"sections\":"
                + "[{\"kind\":\"stretching\",\"items\":[{\"exerciseId\":\"" + exerciseId + "\"}]}]}"))
                .path("routine").path("id").asLong();
        assertFalse(assertStatus(200, server.get(other, "/routines/" + borrowed + "/play")).path("sections")
                .path(0).path("items").path(0).path("available").asBoolean(), "nobody else's exercise resolves");

        assertStatus(204, server.delete(user, "/personal-exercises/" + exercise.path("id").asLong()));
        JsonNode after = assertStatus(200, server.get(user, "/routines/" + id + "/play")).path("sections").path(0)
                .path("items").path(0);
        assertFalse(after.path("available").asBoolean());
        assertTrue(after.path("personal").asBoolean());
        assertEquals(exerciseId, assertStatus(200, server.get(user, "/routines/" + id)).path("sections").path(0)
                .path("items").path(0).path("exerciseId").asText(), "the routine keeps the item");
    }
}
