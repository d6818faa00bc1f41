package org.limber.ui.internal;

import java.util.regex.Pattern;

/** The paths the single-page app answers with its page; anything else gets the same page with status 404. */
final class AppRoutes {

    private static final Pattern ROUTES = Pattern.compile(
            "/|/exercises/?|/exercises/[^/]+|/guidance/?|/guidance/[^/]+|/safety|/packs|/about"
                    + "|/setup|/sign-in|/sign-up|/check-in|/journal|/journal/new-session|/insights|/account|/admin"
                    + "|/routines|/routines/new|/routines/my-exercises|/routines/[0-9]+/(?:edit|play)|/reminders|/reminders/log");

    private AppRoutes() {
    }

    static boolean isAppRoute(String path) {
        return path != null && ROUTES.matcher(path).matches();
    }
}
