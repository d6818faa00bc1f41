package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.routine.rest.internal.RestAssert.assertInvalidField;
import static org.limber.routine.rest.internal.RestAssert.assertProblem;
import static org.limber.routine.rest.internal.RestAssert.assertStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Personal exercises over HTTP: every field round-trips, each user sees only their own. */
class PersonalExercisesRestTest {
    static final String TOWEL = """
            {"name": "Towel hamstring stretch", "summary": "With a towel round the foot",
             "steps": ["Lie on your back.", "Loop a towel round one foot and raise the leg."],
             "category": "stretch", "positions": ["lying-on-back", "seated"], "directions": ["neutral"],
             "dose": {"holdSeconds": 30, "reps": 2, "sets": null, "perSide": true, "restSeconds": null,
                      "minutes": null}}
            """;
    private static final String WALL_SIT = """
            {"name": "Wall sit", "summary": null, "steps": ["Slide down the wall.", "Hold.", "Stand up."],
             "category": "strengthening", "positions": ["standing"], "directions": ["neutral", "flexion"],
             "dose": {"holdSeconds": 20, "reps": null, "sets": 3, "perSide": false, "restSeconds": 30,
                      "minutes": null}}
            """;

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

    private static void assertFields(String sent, JsonNode stored) throws Exception {
        ObjectNode expected = (ObjectNode) Json.mapper().readTree(sent);
        expected.properties().forEach(field -> assertEquals(field.getValue(), stored.path(field.getKey()),
                field.getKey()));
    }

    @Test
    void aPersonalExerciseIsAddedListedChangedAndDeletedWithEveryField() throws Exception {
        long user = server.newUser();
        Instant before = Instant.now().minusSeconds(1);
        JsonNode added = assertStatus(201, server.post(user, "/personal-exercises", TOWEL));
        long id = added.path("id").asLong();
        assertEquals("personal:" + id, added.path("exerciseId").asText());
        assertFields(TOWEL, added);
        assertFalse(Instant.parse(added.path("createdAt").asText()).isBefore(before));
        assertEquals(added.path("createdAt"), added.path("updatedAt"));
        assertEquals(added, assertStatus(200, server.get(user, "/personal-exercises")).path("exercises").path(0));

        JsonNode changed = assertStatus(200, server.put(user, "/personal-exercises/" + id, WALL_SIT));
        assertEquals(id, changed.path("id").asLong());
        assertEquals(added.path("exerciseId"), changed.path("exerciseId"));
        assertFields(WALL_SIT, changed);
        assertEquals(added.path("createdAt"), changed.path("createdAt"));
        JsonNode listed = assertStatus(200, server.get(user, "/personal-exercises")).path("exercises");
        assertEquals(1, listed.size());
        assertEquals(changed, listed.path(0));

        assertStatus(204, server.delete(user, "/personal-exercises/" + id));
        assertEquals(0, assertStatus(200, server.get(user, "/personal-exercises")).path("exercises").size());
        assertProblem(404, server.delete(user, "/personal-exercises/" + id));
        assertProblem(404, server.put(user, "/personal-exercises/" + id, TOWEL));
        assertProblem(404, server.put(user, "/personal-exercises/towel", TOWEL));
    }

    @Test
    void aDoseLeftOutIsTheUsersToSetInTheRoutineAndDuplicatesAreDropped() throws Exception {
        long user = server.newUser();
        JsonNode added = assertStatus(201, server.post(user, "/personal-exercises", "{\"name\":\"Rock\","
                + "\"steps\":[\"Rock gently.\"],\"category\":\"mobility\",\"positions\":[\"seated\",\"seated\"]}"));
        assertEquals(Json.mapper().readTree("{\"holdSeconds\":null,\"reps\":null,\"sets\":null,\"perSide\":null,"
                + "\"restSeconds\":null,\"minutes\":null}"), added.path("dose"));
        assertEquals(1, added.path("positions").size());
        assertEquals(0, added.path("directions").size());
        assertTrue(added.path("summary").isNull());
    }

    static Stream<Arguments> invalidExercises() {
        return Stream.of(
                Arguments.of("/name", "{\"name\":\" \",\"steps\":[\"a\"],\"category\":\"stretch\"}"),
                Arguments.of("/name", "{\"name\":\"" + "n".repeat(101) + "\",\"steps\":[\"a\"],"
                        + "\"category\":\"stretch\"}"),
                Arguments.of("/summary", "{\"name\":\"A\",\"summary\":\"" + "s".repeat(501) + "\",\"steps\":[\"a\"],"
                        + "\"category\":\"stretch\"}"),
                Arguments.of("/steps", "{\"name\":\"A\",\"steps\":[],\"category\":\"stretch\"}"),
                Arguments.of("/steps/0", "{\"name\":\"A\",\"steps\":[null],\"category\":\"stretch\"}"),
                Arguments.of("/steps/1", "{\"name\":\"A\",\"steps\":[\"a\",\"\"],\"category\":\"stretch\"}"),
                Arguments.of("/category", "{\"name\":\"A\",\"steps\":[\"a\"]}"),
                Arguments.of("/category", "{\"name\":\"A\",\"steps\":[\"a\"],\"category\":\"yoga\"}"),
                Arguments.of("/positions/1", "{\"name\":\"A\",\"steps\":[\"a\"],\"category\":\"stretch\","
                        + "\"positions\":[\"seated\",\"upside-down\"]}"),
                Arguments.of("/directions/0", "{\"name\":\"A\",\"steps\":[\"a\"],\"category\":\"stretch\","
                        + "\"directions\":[\"sideways\"]}"),
                Arguments.of("/dose/reps", "{\"name\":\"A\",\"steps\":[\"a\"],\"category\":\"stretch\","
                        + "\"dose\":{\"reps\":0}}"),
                Arguments.of("/dose/minutes", "{\"name\":\"A\",\"steps\":[\"a\"],\"category\":\"activity\","
                        + "\"dose\":{\"minutes\":181}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExercises")
    void aBadFieldIsA400NamingItsPointerAndNothingChanges(String pointer, String body) throws Exception {
        long user = server.newUser();
        assertInvalidField(pointer, server.post(user, "/personal-exercises", body));
        JsonNode added = assertStatus(201, server.post(user, "/personal-exercises", TOWEL));
        assertInvalidField(pointer, server.put(user, "/personal-exercises/" + added.path("id").asLong(), body));
        JsonNode listed = assertStatus(200, server.get(user, "/personal-exercises")).path("exercises");
        assertEquals(1, listed.size());
        assertEquals(added, listed.path(0));
    }

    @Test
    void badBodiesAre400And413() throws Exception {
        long user = server.newUser();
        assertProblem(400, server.post(user, "/personal-exercises", "{\"name\":"));
        assertProblem(400, server.post(user, "/personal-exercises", "null"));
        assertProblem(400, server.post(user, "/personal-exercises", "{\"name\":\"A\",\"steps\":\"a\"}"));
        String huge = TOWEL.replace("With a towel round the foot", "x".repeat(256 * 1024));
        assertProblem(413, server.sendUnread(RoutineServer.streamed(server.request(user, "/personal-exercises"),
                "POST", huge)));
        assertEquals(0, assertStatus(200, server.get(user, "/personal-exercises")).path("exercises").size());
    }

    @Test
    void anotherUsersExerciseIsNotFoundAndStaysAsItWas() throws Exception {
        long ann = server.newUser();
        long bob = server.newUser();
        JsonNode added = assertStatus(201, server.post(ann, "/personal-exercises", TOWEL));
        long id = added.path("id").asLong();

        assertProblem(404, server.put(bob, "/personal-exercises/" + id, WALL_SIT));
        assertProblem(404, server.delete(bob, "/personal-exercises/" + id));
        assertEquals(0, assertStatus(200, server.get(bob, "/personal-exercises")).path("exercises").size());
        assertEquals(added, assertStatus(200, server.get(ann, "/personal-exercises")).path("exercises").path(0));
    }
}
