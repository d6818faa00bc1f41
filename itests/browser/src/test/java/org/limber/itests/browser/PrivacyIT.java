package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** One user never sees another's journal: not in the pages, and not by asking the API for the other's ids. */
class PrivacyIT extends BrowserTest {

    @Test
    void aSecondUserCannotSeeTheFirstUsersJournal() {
        Accounts.Credentials first = Accounts.newUser(browser, limber, "p1");
        Accounts.Credentials second = Accounts.newUser(browser, limber, "p2");
        String marker = "private-" + UUID.randomUUID();
        LimberApi firstApi = Accounts.api(limber, first);
        long checkIn = LimberApi.id(firstApi.expect(201, "POST", "/api/v1/journal/check-ins",
                Map.of("backPain", 6, "legPain", 7, "legExtent", "below-knee", "notes", marker)));
        Map<String, Object> saved = firstApi.expect(201, "POST", "/api/v1/journal/sessions",
                Map.of("at", Instant.now().toString(), "exercises", List.of(Map.of(
                        "exerciseId", ExercisePageIT.EXERCISE_ID, "name", "Knee to chest", "outcome", "done", "sides", "both")),
                        "notes", marker));
        @SuppressWarnings("unchecked")
        long session = LimberApi.id((Map<String, Object>) saved.get("session"));

        Accounts.signIn(browser, first);
        browser.open("/journal");
        browser.waitFor("the first user's own entries", d -> d.findElement(By.tagName("main")).getText().contains(marker));

        Accounts.signIn(browser, second);
        browser.open("/journal");
        browser.waitFor("the second user's (empty) journal", d -> !d.findElements(By.cssSelector(".journal-days")).isEmpty());
        assertFalse(browser.driver().findElement(By.tagName("main")).getText().contains(marker), "the journal shows only one's own entries");
        assertTrue(browser.all(By.cssSelector(".entry")).isEmpty(), "nothing of the first user is listed");

        for (String path : new String[] {"/api/v1/journal/check-ins/" + checkIn, "/api/v1/journal/sessions/" + session}) {
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {headers: {Accept: 'application/json'}}).then(r => done(r.status), e => done(String(e)));", path);
            assertEquals(404L, ((Number) status).longValue(), "GET " + path + " with the second user's browser session");
        }
        LimberApi secondApi = Accounts.api(limber, second);
        assertEquals(404, secondApi.send("GET", "/api/v1/journal/check-ins/" + checkIn, null).statusCode());
        assertEquals(404, secondApi.send("DELETE", "/api/v1/journal/check-ins/" + checkIn, null).statusCode());
        assertEquals(404, secondApi.send("DELETE", "/api/v1/journal/sessions/" + session, null).statusCode());
        assertEquals(404, secondApi.send("POST", "/api/v1/journal/check-ins/" + checkIn + "/acknowledge", null).statusCode());
        assertEquals(200, firstApi.get("/api/v1/journal/check-ins/" + checkIn).statusCode(), "the first user's entry is still there");
    }
}
