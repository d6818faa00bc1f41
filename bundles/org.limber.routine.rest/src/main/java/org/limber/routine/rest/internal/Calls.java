package org.limber.routine.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.limber.account.api.LimberPrincipal;
import org.limber.rest.Json;
import org.limber.rest.Problem;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestRequest;
import org.limber.routine.api.RoutineException;

import com.fasterxml.jackson.core.JsonProcessingException;

/** What every routine resource needs: the signed-in user, ids from the path, and the service's errors as problems. */
final class Calls {
    static final String NEEDS_CONFIRMATION = "urn:limber:problem:needs-confirmation";

    private Calls() {
    }

    static long userId(RestRequest request) {
        if (request.principal() instanceof LimberPrincipal principal) {
            return principal.userId();
        }
        throw ProblemException.status(401, "Not signed in", "Sign in to use your routines.");
    }

    /** An id from the path; one that is not a number is as unknown as a missing record. */
    static long id(RestRequest request, String what) {
        return request.pathId("id", what);
    }

    /** Runs a service call; a 409 needs-confirmation answer carries the warnings to answer. */
    static Reply reply(Supplier<Reply> action) {
        try {
            return action.get();
        } catch (RoutineException e) {
            return switch (e.kind()) {
                case NOT_FOUND -> throw new ProblemException(new Problem("urn:limber:problem:not-found", "Not found",
                        404, e.getMessage(), List.of()));
                case INVALID -> throw e.field() == null || e.field().isEmpty()
                        ? ProblemException.status(400, "Invalid request", e.getMessage())
                        : invalidField(e.field(), e.getMessage());
                case NEEDS_CONFIRMATION -> needsConfirmation(e);
            };
        }
    }

    private static Reply needsConfirmation(RoutineException e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", NEEDS_CONFIRMATION);
        problem.put("title", "Keep or swap flagged exercises");
        problem.put("status", 409);
        problem.put("detail", e.getMessage());
        problem.put("warnings", Convert.warnings(e.warnings()));
        try {
            return new Reply(409, new Reply.Raw("application/problem+json", Json.mapper().writeValueAsBytes(problem)),
                    null, Reply.Caching.NO_STORE);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /**
     * A 400 about one field of the body, named by its JSON pointer ({@code /sections/0/kind}) as the services name
     * it; {@link ProblemException#invalidField} takes a dotted path instead and would double the leading slash.
     */
    static ProblemException invalidField(String pointer, String message) {
        return new ProblemException(new Problem("urn:limber:problem:invalid-field", "Invalid field", 400,
                "Field '" + pointer + "': " + message, List.of(new Problem.FieldError(null, pointer, message))));
    }

    static <T> T body(RestRequest request, Class<T> type) {
        try {
            return request.readBody(type, RestRequest.MAX_BODY_BYTES / 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
