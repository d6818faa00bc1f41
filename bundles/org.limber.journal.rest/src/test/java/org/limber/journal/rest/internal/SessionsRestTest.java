package org.limber.journal.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.journal.rest.internal.RestAssert.assertInvalidField;
import static org.limber.journal.rest.internal.RestAssert.assertProblem;
import static org.limber.journal.rest.internal.RestAssert.assertStatus;


import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class SessionsRestTest extends JournalRestTest {
    private static final String SESSION = """
            {"at":"2026-11-20T21:00:00Z","routineId":"bedtime","routineName":"Bedtime","durationMinutes":12,
             "notes":null,"exercises":[
              {"exerciseId":"knee-to-chest","name":"Knee to chest","outcome":"done","sets":1,"reps":3,
               "holdSeconds":30,"sides":"both","response":"eased","notes":null},
              {"exerciseId":"press-up","name":"Press-up","outcome":"stopped","sets":1,"reps":2,"sides":"not-sided",
               "response":"spread"},
              {"exerciseId":"cat-cow","name":"Cat-cow","outcome":"skipped"}]""";

    @Test
    void aSessionIsCreatedWithItsExercisesReadListedAndDeleted() throws Exception {
        JsonNode created = assertStatus(201, server.post(user, "/sessions", SESSION + "}"));
        JsonNode session = created.path("session");
        long id = session.path("id").asLong();

        assertTrue(created.path("before").isNull() && created.path("after").isNull(), created::toString);
        assertEquals(3, session.path("exercises").size());
        JsonNode stopped = session.path("exercises").path(1);
        assertEquals("stopped", stopped.path("outcome").asText());
        assertEquals("spread", stopped.path("response").asText());
        JsonNode skipped = session.path("exercises").path(2);
        assertEquals("not-sided", skipped.path("sides").asText());
        assertTrue(skipped.path("response").isNull());

        assertEquals(session, assertStatus(200, server.get(user, "/sessions/" + id)));
        assertEquals(session, assertStatus(200, server.get(user, "/sessions")).path("items").path(0));
        assertStatus(204, server.delete(user, "/sessions/" + id));
        assertProblem(404, server.get(user, "/sessions/" + id));
    }

    @Test
    void checkInsBeforeAndAfterAreLinkedToTheSession() throws Exception {
        JsonNode created = assertStatus(201, server.post(user, "/sessions", SESSION + """
                ,"before":{"backPain":5,"legPain":6,"legExtent":"below-knee"},
                 "after":{"backPain":3,"legPain":4,"legExtent":"thigh","timing":"standalone"}}"""));
        long id = created.path("session").path("id").asLong();

        JsonNode before = created.path("before");
        JsonNode after = created.path("after");
        assertEquals(id, before.path("sessionId").asLong());
        assertEquals("before-session", before.path("timing").asText());
        assertEquals("2026-11-20T21:00:00Z", before.path("at").asText());
        assertEquals(id, after.path("sessionId").asLong());
        assertEquals("after-session", after.path("timing").asText());
        assertEquals("2026-11-20T21:12:00Z", after.path("at").asText());
        assertEquals(2, assertStatus(200, server.get(user, "/check-ins")).path("items").size());
    }

    @Test
    void aRefusedCheckInLeavesNothingOfTheSessionBehind() throws Exception {
        assertInvalidField("before.legPain", server.post(user, "/sessions", SESSION
                + ",\"before\":{\"backPain\":5,\"legPain\":16,\"legExtent\":\"thigh\"}}"));
        assertInvalidField("after.redFlags", server.post(user, "/sessions", SESSION
                + ",\"before\":{\"backPain\":5,\"legPain\":6,\"legExtent\":\"thigh\"},"
                + "\"after\":{\"backPain\":5,\"legPain\":6,\"legExtent\":\"thigh\",\"redFlags\":[\"nope\"]}}"));
        assertInvalidField("after.legExtent", server.post(user, "/sessions", SESSION
                + ",\"after\":{\"backPain\":5,\"legPain\":6,\"legExtent\":\"knee\"}}"));

        assertEquals(0, assertStatus(200, server.get(user, "/sessions")).path("items").size());
        assertEquals(0, assertStatus(200, server.get(user, "/check-ins")).path("items").size());
    }

    @Test
    void exerciseFieldsAreNamedByTheirIndex() throws Exception {
        assertInvalidField("exercises[1].reps", server.post(user, "/sessions",
                "{\"exercises\":[{\"exerciseId\":\"a\",\"name\":\"A\",\"outcome\":\"done\"},"
                        + "{\"exerciseId\":\"b\",\"name\":\"B\",\"outcome\":\"done\",\"reps\":501}]}"));
        assertInvalidField("exercises[0].holdSeconds", server.post(user, "/sessions",
                "{\"exercises\":[{\"exerciseId\":\"a\",\"name\":\"A\",\"outcome\":\"done\",\"holdSeconds\":3601}]}"));
        assertInvalidField("exercises[0].sets", server.post(user, "/sessions",
                "{\"exercises\":[{\"exerciseId\":\"a\",\"name\":\"A\",\"outcome\":\"done\",\"sets\":51}]}"));
        assertInvalidField("exercises[0].outcome", server.post(user, "/sessions",
                "{\"exercises\":[{\"exerciseId\":\"a\",\"name\":\"A\",\"outcome\":\"finished\"}]}"));
        assertInvalidField("exercises[0].outcome", server.post(user, "/sessions",
                "{\"exercises\":[{\"exerciseId\":\"a\",\"name\":\"A\"}]}"));
        assertInvalidField("exercises[0].response", server.post(user, "/sessions",
                "{\"exercises\":[{\"exerciseId\":\"a\",\"name\":\"A\",\"outcome\":\"done\",\"response\":\"great\"}]}"));
        assertInvalidField("exercises[0].exerciseId", server.post(user, "/sessions",
                "{\"exercises\":[{\"name\":\"A\",\"outcome\":\"done\"}]}"));
        assertInvalidField("exercises[0]", server.post(user, "/sessions", "{\"exercises\":[null]}"));
        assertInvalidField("durationMinutes", server.post(user, "/sessions", "{\"durationMinutes\":1441}"));
        StringBuilder many = new StringBuilder("{\"exercises\":[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("{\"exerciseId\":\"a\",\"name\":\"A\",\"outcome\":\"done\"}");
        }
        assertInvalidField("exercises", server.post(user, "/sessions", many.append("]}").toString()));
        assertEquals(0, assertStatus(200, server.get(user, "/sessions")).path("items").size());
    }
}
