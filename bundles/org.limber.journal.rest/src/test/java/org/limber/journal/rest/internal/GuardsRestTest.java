package org.limber.journal.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.journal.rest.internal.RestAssert.assertProblem;
import static org.limber.journal.rest.internal.RestAssert.assertStatus;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Who may see what, and bodies that are not what they should be. */
class GuardsRestTest {
    private static final String CHECK_IN = "{\"backPain\":9,\"legPain\":9,\"legExtent\":\"foot\","
            + "\"redFlags\":[\"severe-pain\"]}";
    private static final String SESSION = "{\"exercises\":[{\"exerciseId\":\"a\",\"name\":\"A\",\"outcome\":\"done\"}]}";

    @TempDir
    static Path folder;
    private static JournalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new JournalServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private record Call(String method, String path, String body) {
        HttpRequest build(HttpRequest.Builder builder) {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body);
            return builder.header("Content-Type", "application/json").method(method, publisher).build();
        }
    }

    private static List<Call> everyRoute(long checkInId, long sessionId) {
        return List.of(new Call("GET", "/check-ins", null), new Call("POST", "/check-ins", CHECK_IN),
                new Call("GET", "/check-ins/" + checkInId, null), new Call("DELETE", "/check-ins/" + checkInId, null),
                new Call("POST", "/check-ins/" + checkInId + "/acknowledge", null),
                new Call("GET", "/sessions", null), new Call("POST", "/sessions", SESSION),
                new Call("GET", "/sessions/" + sessionId, null), new Call("DELETE", "/sessions/" + sessionId, null),
                new Call("GET", "/days", null), new Call("PUT", "/days/2026-11-20", "{\"kind\":\"rest\"}"),
                new Call("DELETE", "/days/2026-11-20", null), new Call("GET", "/plan", null),
                new Call("PUT", "/plan", "{\"sessionsPerWeek\":3,\"timeZone\":\"UTC\"}"),
                new Call("GET", "/insights", null), new Call("GET", "/export", null),
                new Call("GET", "/export?format=csv", null), new Call("POST", "/import", "{\"formatVersion\":1}"));
    }

    @Test
    void nobodySignedInGets401Everywhere() throws Exception {
        for (Call call : everyRoute(1, 1)) {
            JsonNode problem = assertProblem(401, server.send(call.build(server.anonymous(call.path()))));
            assertEquals("Not signed in", problem.path("title").asText(), call::toString);
        }
    }

    @Test
    void anotherUsersRecordsAreNotFoundAndNeverListed() throws Exception {
        long ann = server.newUser();
        long bob = server.newUser();
        long checkIn = assertStatus(201, server.post(ann, "/check-ins", CHECK_IN)).path("id").asLong();
        long session = assertStatus(201, server.post(ann, "/sessions", SESSION)).path("session").path("id").asLong();
        assertStatus(200, server.put(ann, "/days/2026-11-19", "{\"kind\":\"flare\"}"));

        assertProblem(404, server.get(bob, "/check-ins/" + checkIn));
        assertProblem(404, server.delete(bob, "/check-ins/" + checkIn));
        assertProblem(404, server.post(bob, "/check-ins/" + checkIn + "/acknowledge", ""));
        assertProblem(404, server.get(bob, "/sessions/" + session));
        assertProblem(404, server.delete(bob, "/sessions/" + session));
        assertProblem(404, server.delete(bob, "/days/2026-11-19"));
        assertProblem(400, server.post(bob, "/check-ins", "{\"sessionId\":" + session
                + ",\"backPain\":1,\"legPain\":1,\"legExtent\":\"none\"}"));
        assertEquals(0, assertStatus(200, server.get(bob, "/check-ins")).path("items").size());
        assertEquals(0, assertStatus(200, server.get(bob, "/sessions")).path("items").size());
        assertEquals(0, assertStatus(200, server.get(bob, "/days")).path("items").size());
        JsonNode insights = assertStatus(200, server.get(bob, "/insights"));
        assertEquals(0, insights.path("pain").size());
        assertEquals(true, insights.path("pendingRedFlags").isNull());
        assertEquals(0, assertStatus(200, server.get(bob, "/export")).path("checkIns").size());

        assertStatus(200, server.get(ann, "/check-ins/" + checkIn));
        assertStatus(200, server.get(ann, "/sessions/" + session));
        assertEquals(1, assertStatus(200, server.get(ann, "/check-ins")).path("items").size());
    }

    @Test
    void everyAnswerIsNoStore() throws Exception {
        long user = server.newUser();
        long checkIn = assertStatus(201, server.post(user, "/check-ins", CHECK_IN)).path("id").asLong();
        long session = assertStatus(201, server.post(user, "/sessions", SESSION)).path("session").path("id").asLong();

        for (Call call : everyRoute(checkIn, session)) {
            HttpResponse<byte[]> response = server.send(call.build(server.request(user, call.path())));
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), call::toString);
            assertEquals(true, response.statusCode() < 500, call::toString);
        }
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        long user = server.newUser();
        for (String path : new String[] {"/check-ins", "/sessions", "/import"}) {
            JsonNode problem = assertProblem(400, server.post(user, path, "{\"backPain\":"));
            assertEquals("Malformed JSON", problem.path("title").asText());
        }
        assertProblem(400, server.put(user, "/plan", "[1,2"));
        assertProblem(400, server.put(user, "/days/2026-11-20", "{\"kind\":\"rest\",\"kind\":\"flare\"}"));
        assertProblem(400, server.post(user, "/check-ins", "null"));
        assertProblem(400, server.post(user, "/check-ins", "{\"backPain\":\"high\",\"legPain\":1,\"legExtent\":\"none\"}"));
        assertProblem(400, server.post(user, "/check-ins", "{\"backPain\":99999999999,\"legPain\":1,\"legExtent\":\"none\"}"));
        assertProblem(400, server.post(user, "/sessions", "{\"exercises\":" + "[".repeat(100) + "]".repeat(100) + "}"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        long user = server.newUser();
        assertProblem(415, server.send(server.request(user, "/check-ins").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("backPain=3")).build()));
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        long user = server.newUser();
        // Just over the 1 MB cap, streamed without a length: the server reads to the cap and refuses. (A body far
        // larger than what the server reads would be cut off by a connection reset before the answer arrives.)
        String huge = "{\"backPain\":1,\"legPain\":1,\"legExtent\":\"none\",\"notes\":\"" + "x".repeat(1 << 20) + "\"}";

        assertProblem(413, server.sendUnread(streamed(server.request(user, "/check-ins"), huge)));
        assertProblem(413, server.sendUnread(streamed(server.request(user, "/sessions"), huge)));
        assertEquals(0, assertStatus(200, server.get(user, "/check-ins")).path("items").size());
    }

    private static HttpRequest streamed(HttpRequest.Builder builder, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
    }
}
