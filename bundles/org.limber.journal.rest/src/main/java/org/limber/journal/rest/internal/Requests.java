package org.limber.journal.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.limber.account.api.LimberPrincipal;
import org.limber.journal.api.JournalException;
import org.limber.rest.Problem;
import org.limber.rest.ProblemException;
import org.limber.rest.RestRequest;

/** What every journal resource needs from a request: the signed-in user, ids, ranges, and the service's errors. */
final class Requests {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private Requests() {
    }

    /** The signed-in user's id; a 401 problem when nobody is signed in. */
    static long userId(RestRequest request) {
        if (request.principal() instanceof LimberPrincipal principal) {
            return principal.userId();
        }
        throw ProblemException.status(401, "Not signed in", "Sign in to use your journal.");
    }

    /** A record id from the path; one that is not a number is as unknown as a missing record. */
    static long id(RestRequest request, String what) {
        return request.pathId("id", what);
    }

    static int limit(RestRequest request) {
        return request.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static Instant instantParameter(RestRequest request, String name) {
        Optional<String> value = request.string(name, 64);
        try {
            return value.map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "'" + value.get()
                    + "' is not an ISO-8601 instant such as 2026-11-21T08:30:00Z");
        }
    }

    static LocalDate dayParameter(RestRequest request, String name) {
        Optional<String> value = request.string(name, 32);
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "'" + value.get() + "' is not a day such as 2026-11-21");
        }
    }

    /** Runs a journal call, turning its errors into problems (fields named under {@code prefix}). */
    static <T> T call(String prefix, Supplier<T> action) {
        try {
            return action.get();
        } catch (JournalException e) {
            throw problem(e, prefix);
        }
    }

    static <T> T call(Supplier<T> action) {
        return call("", action);
    }

    static void run(Runnable action) {
        call("", () -> {
            action.run();
            return null;
        });
    }

    static ProblemException problem(JournalException e, String prefix) {
        return switch (e.reason()) {
            case INVALID -> e.field() == null && prefix.isEmpty()
                    ? ProblemException.status(400, "Invalid request", e.getMessage())
                    : ProblemException.invalidField(e.field() == null ? prefix
                            : FromJson.path(prefix, e.field()), e.getMessage());
            case NOT_FOUND -> new ProblemException(new Problem("urn:limber:problem:not-found", "Not found", 404,
                    e.getMessage(), List.of()));
            case CONFLICT -> ProblemException.status(409, "Conflict", e.getMessage());
        };
    }
}
