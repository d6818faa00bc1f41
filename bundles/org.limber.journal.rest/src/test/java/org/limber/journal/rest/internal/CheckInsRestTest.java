package org.limber.journal.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.journal.rest.internal.RestAssert.assertBadParameter;
import static org.limber.journal.rest.internal.RestAssert.assertInvalidField;
import static org.limber.journal.rest.internal.RestAssert.assertProblem;
import static org.limber.journal.rest.internal.RestAssert.assertStatus;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class CheckInsRestTest extends JournalRestTest {
    private JsonNode create(String json) throws Exception {
        return assertStatus(201, server.post(user, "/check-ins", json));
    }

    @Test
    void aCheckInIsCreatedReadListedAndDeleted() throws Exception {
        JsonNode created = create("""
                {"at":"2026-11-20T08:30:00Z","backPain":4,"legPain":6,"legExtent":"below-knee","tingling":true,
                 "sittingMinutes":30,"sleepQuality":6,"redFlags":[],"notes":"stiff"}""");
        long id = created.path("id").asLong();

        assertEquals("2026-11-20T08:30:00Z", created.path("at").asText());
        assertEquals("standalone", created.path("timing").asText());
        assertEquals("below-knee", created.path("legExtent").asText());
        assertTrue(created.path("tingling").asBoolean());
        assertFalse(created.path("numbness").asBoolean());
        assertTrue(created.path("sessionId").isNull());
        assertTrue(created.path("redFlagsAcknowledgedAt").isNull());
        assertFalse(created.path("recordedAt").isNull());

        assertEquals(created, assertStatus(200, server.get(user, "/check-ins/" + id)));
        assertEquals(List.of(created), List.copyOf(assertStatus(200, server.get(user, "/check-ins")).path("items")
                .valueStream().toList()));

        assertStatus(204, server.delete(user, "/check-ins/" + id));
        assertProblem(404, server.get(user, "/check-ins/" + id));
        assertProblem(404, server.delete(user, "/check-ins/" + id));
    }

    @Test
    void aCheckInWithoutATimeHappenedNow() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        JsonNode created = create("{\"backPain\":1,\"legPain\":0,\"legExtent\":\"none\"}");

        Instant at = Instant.parse(created.path("at").asText());
        assertFalse(at.isBefore(before) || at.isAfter(Instant.now()), at::toString);
    }

    @Test
    void listsAreNewestFirstWithinFromToAndLimit() throws Exception {
        for (String at : new String[] {"2026-11-01T08:00:00Z", "2026-11-02T08:00:00Z", "2026-11-03T08:00:00Z"}) {
            create("{\"at\":\"" + at + "\",\"backPain\":3,\"legPain\":3,\"legExtent\":\"thigh\"}");
        }

        assertEquals(List.of("2026-11-03T08:00:00Z", "2026-11-02T08:00:00Z", "2026-11-01T08:00:00Z"),
                times(server.get(user, "/check-ins")));
        assertEquals(List.of("2026-11-03T08:00:00Z"), times(server.get(user, "/check-ins?limit=1")));
        assertEquals(List.of("2026-11-02T08:00:00Z"),
                times(server.get(user, "/check-ins?from=2026-11-02T00:00:00Z&to=2026-11-03T08:00:00Z")));
        assertBadParameter("from", server.get(user, "/check-ins?from=yesterday"));
        assertBadParameter("to", server.get(user, "/check-ins?to=2026-11-02"));
        assertBadParameter("limit", server.get(user, "/check-ins?limit=0"));
        assertBadParameter("limit", server.get(user, "/check-ins?limit=1001"));
    }

    private static List<String> times(HttpResponse<byte[]> response) throws Exception {
        return StreamSupport.stream(assertStatus(200, response).path("items").spliterator(), false)
                .map(c -> c.path("at").asText()).toList();
    }

    @Test
    void outOfRangeValuesNameTheField() throws Exception {
        assertInvalidField("backPain", server.post(user, "/check-ins",
                "{\"backPain\":11,\"legPain\":3,\"legExtent\":\"thigh\"}"));
        assertInvalidField("legPain", server.post(user, "/check-ins",
                "{\"backPain\":1,\"legPain\":-1,\"legExtent\":\"thigh\"}"));
        assertInvalidField("sittingMinutes", server.post(user, "/check-ins",
                "{\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\",\"sittingMinutes\":1441}"));
        assertInvalidField("sleepQuality", server.post(user, "/check-ins",
                "{\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\",\"sleepQuality\":11}"));
        assertInvalidField("notes", server.post(user, "/check-ins",
                "{\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\",\"notes\":\"" + "x".repeat(2001) + "\"}"));
        assertInvalidField("at", server.post(user, "/check-ins",
                "{\"at\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\",\"backPain\":1,\"legPain\":1,"
                        + "\"legExtent\":\"thigh\"}"));
        assertInvalidField("at", server.post(user, "/check-ins",
                "{\"at\":\"last tuesday\",\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\"}"));
        assertInvalidField("sessionId", server.post(user, "/check-ins",
                "{\"sessionId\":999999,\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\"}"));
        assertEquals(0, assertStatus(200, server.get(user, "/check-ins")).path("items").size());
    }

    @Test
    void requiredValuesMustBeThere() throws Exception {
        assertInvalidField("backPain", server.post(user, "/check-ins", "{\"legPain\":3,\"legExtent\":\"thigh\"}"));
        assertInvalidField("legPain", server.post(user, "/check-ins", "{\"backPain\":3,\"legExtent\":\"thigh\"}"));
        assertInvalidField("legExtent", server.post(user, "/check-ins", "{\"backPain\":3,\"legPain\":3}"));
    }

    @Test
    void anUnknownEnumNameIsA400ListingTheAcceptedNames() throws Exception {
        JsonNode problem = assertInvalidField("legExtent", server.post(user, "/check-ins",
                "{\"backPain\":1,\"legPain\":1,\"legExtent\":\"BELOW_KNEE\"}"));
        assertTrue(problem.path("detail").asText().contains("none, buttock, thigh, below-knee, foot"),
                problem::toString);

        assertInvalidField("timing", server.post(user, "/check-ins",
                "{\"timing\":\"during\",\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\"}"));
    }

    @Test
    void anUnknownRedFlagIsA400NamingIt() throws Exception {
        JsonNode problem = assertInvalidField("redFlags", server.post(user, "/check-ins",
                "{\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\",\"redFlags\":[\"saddle-numbness\",\"itchy\"]}"));

        assertTrue(problem.path("detail").asText().contains("'itchy'"), problem::toString);
        assertInvalidField("redFlags[0]", server.post(user, "/check-ins",
                "{\"backPain\":1,\"legPain\":1,\"legExtent\":\"thigh\",\"redFlags\":[null]}"));
    }

    @Test
    void redFlagsWaitForAcknowledgement() throws Exception {
        JsonNode flagged = create("""
                {"backPain":9,"legPain":9,"legExtent":"foot","redFlags":["saddle-numbness","bladder-bowel-changes"]}""");
        long id = flagged.path("id").asLong();
        assertEquals(List.of("bladder-bowel-changes", "saddle-numbness"),
                flagged.path("redFlags").valueStream().map(JsonNode::asText).toList());

        JsonNode pending = assertStatus(200, server.get(user, "/insights")).path("pendingRedFlags");
        assertEquals(id, pending.path("id").asLong());

        JsonNode acknowledged = assertStatus(200, server.post(user, "/check-ins/" + id + "/acknowledge", ""));
        assertFalse(acknowledged.path("redFlagsAcknowledgedAt").isNull());
        assertTrue(assertStatus(200, server.get(user, "/insights")).path("pendingRedFlags").isNull());
        assertProblem(404, server.post(user, "/check-ins/999999/acknowledge", ""));
    }

    @Test
    void anIdThatIsNotANumberIsNotFound() throws Exception {
        assertProblem(404, server.get(user, "/check-ins/abc"));
        assertProblem(404, server.delete(user, "/check-ins/1.5"));
    }
}
