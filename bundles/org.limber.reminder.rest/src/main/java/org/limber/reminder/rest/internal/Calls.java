package org.limber.reminder.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import org.limber.account.api.LimberPrincipal;
import org.limber.reminder.api.ReminderException;
import org.limber.rest.Problem;
import org.limber.rest.ProblemException;
import org.limber.rest.RestRequest;

/** What every reminder resource needs: the signed-in user, ids from the path, and the service's errors as problems. */
final class Calls {
    private Calls() {
    }

    static long userId(RestRequest request) {
        if (request.principal() instanceof LimberPrincipal principal) {
            return principal.userId();
        }
        throw ProblemException.status(401, "Not signed in", "Sign in to use your reminders.");
    }

    static long id(RestRequest request, String what) {
        return request.pathId("id", what);
    }

    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ReminderException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> new ProblemException(new Problem("urn:limber:problem:not-found", "Not found", 404,
                        e.getMessage(), List.of()));
                case INVALID -> e.field() == null || e.field().isEmpty()
                        ? ProblemException.status(400, "Invalid request", e.getMessage())
                        : invalidField(e.field(), e.getMessage());
            };
        }
    }

    static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /**
     * A 400 about one field of the body, named by its JSON pointer ({@code /sections/0/kind}) as the services name
     * it; {@link ProblemException#invalidField} takes a dotted path instead and would double the leading slash.
     */
    static ProblemException invalidField(String pointer, String message) {
        return new ProblemException(new Problem("urn:limber:problem:invalid-field", "Invalid field", 400,
                "Field '" + pointer + "': " + message, List.of(new Problem.FieldError(null, pointer, message))));
    }

    /** Whether the request carries a body, with a length or streamed in chunks. */
    static boolean hasBody(RestRequest request) {
        long length = request.servletRequest().getContentLengthLong();
        return length > 0 || (length < 0 && request.servletRequest().getHeader("Transfer-Encoding") != null);
    }

    static <T> T body(RestRequest request, Class<T> type) {
        try {
            return request.readBody(type, 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
