package org.limber.ui.internal;

import jakarta.servlet.http.HttpServletResponse;

/** Headers every response of the web UI carries. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
