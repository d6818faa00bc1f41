package org.limber.account.rest.internal;

import java.io.IOException;

import org.limber.account.api.LimberPrincipal;
import org.limber.rest.ProblemException;
import org.limber.rest.RestRequest;

/** What the account resources read from a request: small JSON bodies and the signed-in user. */
final class Requests {
    /** Account bodies are a few short fields; anything larger is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private Requests() {
    }

    static <T> T body(RestRequest request, Class<T> type) throws IOException {
        T body = request.readBody(type, MAX_BODY_BYTES);
        if (body == null) {
            throw ProblemException.status(400, "Malformed JSON", "The body must be a JSON object.");
        }
        return body;
    }

    static LimberPrincipal user(RestRequest request) {
        if (request.principal() instanceof LimberPrincipal principal) {
            return principal;
        }
        throw ProblemException.status(401, "Sign-in required", "Sign in to use this resource.");
    }

    static LimberPrincipal administrator(RestRequest request) {
        LimberPrincipal principal = user(request);
        if (!principal.isAdmin()) {
            throw ProblemException.status(403, "Administrators only", "Only an administrator may do this.");
        }
        return principal;
    }

    static String clientAddress(RestRequest request) {
        return request.servletRequest().getRemoteAddr();
    }

    static boolean secure(RestRequest request) {
        return request.servletRequest().isSecure();
    }
}
