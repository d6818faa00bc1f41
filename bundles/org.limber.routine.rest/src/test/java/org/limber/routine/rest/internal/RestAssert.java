package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the routine resources' answers. */
final class RestAssert {
    private RestAssert() {
    }

    /** The status, and the no-store every answer about a user's data carries; the JSON body, if any. */
    static JsonNode assertStatus(int status, HttpResponse<byte[]> response) throws IOException {
        assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null),
                "every routine answer is no-store");
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return response.body().length == 0 || !json ? null : RoutineServer.json(response);
    }

    static JsonNode assertProblem(int status, HttpResponse<byte[]> response) throws IOException {
        JsonNode problem = assertStatus(status, response);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null));
        assertEquals(status, problem.path("status").asInt());
        return problem;
    }

    /** A 400 naming the field by its JSON pointer, in the detail and in errors[0]. */
    static JsonNode assertInvalidField(String pointer, HttpResponse<byte[]> response) throws IOException {
        JsonNode problem = assertProblem(400, response);
        assertEquals("urn:limber:problem:invalid-field", problem.path("type").asText(), problem::toString);
        assertEquals(pointer, problem.path("errors").path(0).path("pointer").asText(), problem::toString);
        assertTrue(problem.path("detail").asText().startsWith("Field '" + pointer + "'"), problem::toString);
        return problem;
    }
}
