package org.limber.account.rest.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.limber.account.api.AccountException;
import org.limber.account.api.LoginRefusedException;
import org.limber.rest.Handler;
import org.limber.rest.Json;
import org.limber.rest.Problem;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;

import com.fasterxml.jackson.core.JsonProcessingException;

/** How refusals of the account service become problems: the status says why, {@code errors[]} names the field. */
final class AccountProblems {
    private AccountProblems() {
    }

    /** Runs the handler, answering {@link AccountException}s as problems. */
    static Handler mapped(Handler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (AccountException e) {
                throw problem(e);
            }
        };
    }

    static ProblemException problem(AccountException e) {
        return problem(e, switch (e.reason()) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case FORBIDDEN, CLOSED -> 403;
            case NOT_FOUND -> 404;
        });
    }

    static ProblemException problem(AccountException e, int status) {
        String type = switch (status) {
            case 400 -> "urn:limber:problem:invalid-field";
            case 404 -> "urn:limber:problem:not-found";
            case 409 -> "urn:limber:problem:conflict";
            default -> "urn:limber:problem:forbidden";
        };
        String title = switch (status) {
            case 400 -> "Invalid field";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            default -> "Forbidden";
        };
        List<Problem.FieldError> errors = e.field() == null ? List.of()
                : List.of(new Problem.FieldError(null, "/" + e.field(), e.getMessage()));
        return new ProblemException(new Problem(type, title, status, e.getMessage(), errors));
    }

    /** 401 for wrong credentials; 429 with {@code Retry-After} (whole seconds) when rate-limited. */
    static Reply refusal(LoginRefusedException e) throws JsonProcessingException {
        if (!e.rateLimited()) {
            return problemReply(new Problem("urn:limber:problem:sign-in-refused", "Wrong username or password", 401,
                    e.getMessage(), List.of()), Map.of());
        }
        long seconds = Math.max(1, e.retryAfter().plus(Duration.ofMillis(999)).toSeconds());
        return problemReply(new Problem("urn:limber:problem:too-many-sign-ins", "Too many failed sign-ins", 429,
                e.getMessage(), List.of()), Map.of("Retry-After", Long.toString(seconds)));
    }

    /** A problem answered as a reply, for the problems that need headers of their own. */
    private static Reply problemReply(Problem problem, Map<String, String> headers) throws JsonProcessingException {
        return new Reply(problem.status(), new Reply.Raw(RestServlet.PROBLEM_JSON,
                Json.mapper().writeValueAsBytes(problem)), null, Reply.Caching.NO_STORE, headers);
    }
}
