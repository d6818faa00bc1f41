package org.limber.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/exercises", "/exercises/sciatica.knee-to-chest", "/guidance", "/guidance/sciatica.moving",
            "/safety", "/packs", "/about", "/setup", "/sign-in", "/sign-up", "/check-in", "/journal", "/journal/new-session",
            "/insights", "/account", "/admin", "/routines", "/routines/new", "/routines/my-exercises", "/routines/12/edit",
            "/routines/12/play", "/reminders", "/reminders/log"})
    void appRoutes(String path) {
        assertTrue(AppRoutes.isAppRoute(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/nope", "/exercises/a/b", "/safety/x", "/index.html", "/favicon.ico", "/journal/12",
            "/journal/new-session/x", "/admin/users", "/account/", "/routines/12", "/routines/x/play", "/routines/12/play/x",
            "/reminders/12"})
    void otherPaths(String path) {
        assertFalse(AppRoutes.isAppRoute(path), path);
    }
}
