package org.limber.account.rest.internal;

import java.util.Optional;

import org.limber.account.api.LimberPrincipal;

/**
 * Which API paths need a signed-in user or an administrator. Other bundles' resources also check the principal
 * themselves; this is the gate in front of all of them.
 */
final class AccessRules {
    enum Need {
        NOTHING, SIGNED_IN, ADMINISTRATOR
    }

    /** Resources of one user's own data. */
    private static final String[] PERSONAL = {"/api/v1/journal", "/api/v1/account", "/api/v1/routines",
        "/api/v1/personal-exercises", "/api/v1/exclusions", "/api/v1/progression", "/api/v1/reminders"};

    private AccessRules() {
    }

    static Need need(String method, String path) {
        if (under(path, "/api/v1/admin")) {
            return Need.ADMINISTRATOR;
        }
        if (under(path, "/api/v1/packs") && !isRead(method)) {
            return Need.ADMINISTRATOR;
        }
        for (String personal : PERSONAL) {
            if (under(path, personal)) {
                return Need.SIGNED_IN;
            }
        }
        return Need.NOTHING;
    }

    /** Empty when allowed, else the status to answer: 401 (not signed in) or 403 (not an administrator). */
    static Optional<Integer> refusal(String method, String path, LimberPrincipal principal) {
        Need need = need(method, path);
        if (need == Need.NOTHING) {
            return Optional.empty();
        }
        if (principal == null) {
            return Optional.of(401);
        }
        return need == Need.ADMINISTRATOR && !principal.isAdmin() ? Optional.of(403) : Optional.empty();
    }

    static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** GET, HEAD and OPTIONS change nothing; everything else needs CSRF protection. */
    static boolean isSafe(String method) {
        return isRead(method) || "OPTIONS".equals(method);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
