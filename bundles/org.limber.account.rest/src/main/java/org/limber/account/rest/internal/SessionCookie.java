package org.limber.account.rest.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@code limber_session} cookie: HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS, and without Max-Age, so
 * that it ends with the browser session as well as on the server.
 */
final class SessionCookie {
    static final String NAME = "limber_session";
    /** More than one cookie of that name (one planted by a sibling domain, say) is tried, up to this many. */
    private static final int MAX_CANDIDATES = 4;

    private SessionCookie() {
    }

    /** The values of every {@code limber_session} cookie the request carries. */
    static List<String> values(HttpServletRequest request) {
        List<String> values = new ArrayList<>();
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return values;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()
                    && values.size() < MAX_CANDIDATES) {
                values.add(cookie.getValue());
            }
        }
        return values;
    }

    static String set(String sessionId, boolean secure) {
        return NAME + "=" + sessionId + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}
