package org.limber.journal.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the journal's answers. */
final class RestAssert {
    private RestAssert() {
    }

    static JsonNode assertStatus(int status, HttpResponse<byte[]> response) throws IOException {
        assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null),
                "every journal answer is no-store");
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return response.body().length == 0 || !json ? null : JournalServer.json(response);
    }

    static JsonNode assertProblem(int status, HttpResponse<byte[]> response) throws IOException {
        JsonNode problem = assertStatus(status, response);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null));
        assertEquals(status, problem.path("status").asInt());
        return problem;
    }

    /** A 400 naming the field as a path in the detail and as a JSON pointer in errors[0]. */
    static JsonNode assertInvalidField(String field, HttpResponse<byte[]> response) throws IOException {
        JsonNode problem = assertProblem(400, response);
        assertTrue(problem.path("detail").asText().startsWith("Field '" + field + "'"), problem::toString);
        String pointer = "/" + field.replace("[", ".").replace("]", "").replace('.', '/');
        assertEquals(pointer, problem.path("errors").path(0).path("pointer").asText(), problem::toString);
        return problem;
    }

    static JsonNode assertBadParameter(String parameter, HttpResponse<byte[]> response) throws IOException {
        JsonNode problem = assertProblem(400, response);
        assertEquals(parameter, problem.path("errors").path(0).path("parameter").asText(), problem::toString);
        return problem;
    }
}
