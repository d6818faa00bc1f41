package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The guided player: "this made my leg pain worse", the keyboard, and holding back while warning signs wait. */
class GuidedSessionIT extends BrowserTest {

    @AfterEach
    void desktop() {
        browser.viewport(0, 0);
        browser.colorScheme("light");
    }

    @Test
    void madeItWorseStopsThatExerciseAndRecordsIt() throws IOException {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "gw");
        LimberApi api = Accounts.api(limber, user);
        long id = Routines.create(api, "Bedtime", List.of(
                Routines.shortHold(Routines.KNEE_TO_CHEST, 60),
                Routines.shortHold(Routines.SUPINE_TWIST, 2),
                Routines.item(Routines.PELVIC_TILT, null, 3, 1, false)));
        Accounts.signIn(browser, user);
        browser.viewport(360, 740);
        browser.colorScheme("dark");
        browser.open("/routines/" + id + "/play");

        browser.tap(browser.waitForElement("Start", By.cssSelector(".start-button")));
        Routines.awaitStep(browser, "ready", "Knee to chest");
        browser.tap(By.cssSelector(".player-done"));
        Routines.awaitStep(browser, "hold", "Knee to chest");
        browser.screenshot("player-hold-dark-phone360");
        assertTapTargets();
        Object overflow = browser.js("return document.documentElement.scrollWidth - 360");
        assertTrue(((Number) overflow).longValue() <= 0, "the player scrolls sideways on a phone by " + overflow + " px");

        browser.tap(By.cssSelector(".worse-button"));
        Routines.awaitStep(browser, "ready", "Supine spinal twist");

        // Space pauses and resumes (also with a button focused); the right arrow skips.
        Actions keyboard = new Actions(browser.driver());
        keyboard.sendKeys(" ").perform();
        browser.waitFor("the player to pause", d -> !d.findElements(By.cssSelector(".player.paused")).isEmpty());
        assertTrue(browser.driver().findElement(By.cssSelector(".player-step")).getText().toLowerCase().contains("paused"));
        keyboard.sendKeys(" ").perform();
        browser.waitFor("the player to resume", d -> d.findElements(By.cssSelector(".player.paused")).isEmpty());
        browser.tap(By.cssSelector(".player-done"));
        Routines.awaitStep(browser, "hold", "Supine spinal twist");
        Routines.awaitStep(browser, "ready", "Pelvic tilt");
        keyboard.sendKeys(Keys.ARROW_RIGHT).perform();

        WebElement end = browser.waitForElement("the end of the session", By.cssSelector(".session-end"));
        WebElement stopped = end.findElement(By.cssSelector(".session-result.outcome-stopped"));
        assertTrue(stopped.getText().contains("Knee to chest"), stopped.getText());
        browser.tap(stopped.findElement(By.cssSelector("label.response-spread")));
        CheckIns.pain(browser, "after-backPain", 3);
        CheckIns.pain(browser, "after-legPain", 5);
        browser.tap(By.xpath("//label[contains(@class,'extent-option')][input[@name='after-legExtent' and @value='thigh']]"));
        browser.tap(By.xpath("//button[normalize-space()='Save session']"));
        browser.waitForElement("the saved session", By.cssSelector(".session-saved"));

        List<Map<String, Object>> exercises = Routines.exercisesOf(Routines.sessions(api).get(0));
        assertEquals(List.of("stopped", "done", "skipped"), exercises.stream().map(e -> e.get("outcome")).toList());
        assertEquals("spread", exercises.get(0).get("response"));
        assertEquals(Routines.KNEE_TO_CHEST, exercises.get(0).get("exerciseId"));

        browser.open("/journal");
        WebElement session = browser.waitForElement("the session in the journal", By.cssSelector(".session-entry"));
        assertTrue(session.getText().contains("stopped") && session.getText().contains("Spread down the leg"), session.getText());
    }

    @Test
    void warningSignsHoldTheSessionBackUntilRead() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "gr");
        LimberApi api = Accounts.api(limber, user);
        long id = Routines.create(api, "Morning", List.of(Routines.shortHold(Routines.KNEE_TO_CHEST, 2)));
        api.expect(201, "POST", "/api/v1/journal/check-ins", Map.of("backPain", 6, "legPain", 7, "legExtent", "foot",
                "redFlags", List.of("saddle-numbness")));
        Accounts.signIn(browser, user);
        browser.open("/routines/" + id + "/play");

        WebElement hold = browser.waitForElement("the player held back", By.cssSelector(".red-flag-hold"));
        assertTrue(hold.getText().contains("warning"), hold.getText());
        assertTrue(browser.all(By.cssSelector(".start-button")).isEmpty(), "no Start while warning signs wait");

        browser.tap(By.xpath("//section[contains(@class,'red-flag-alert')]//button[normalize-space()='I understand']"));

        browser.waitForElement("Start, once read", By.cssSelector(".start-button"));
        assertTrue(browser.all(By.cssSelector(".red-flag-hold")).isEmpty());
    }

    @Test
    void theTimingSwitchesSidesRestsBetweenSetsAndCountsInThisOrder() {
        browser.open("/about");
        browser.waitFor("a page of the app", Pages::settled);
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(TIMING);

        assertEquals(List.of("ready-left", "hold-left", "relax-left", "hold-left", "switch-right", "hold-right", "relax-right",
                "hold-right", "rest", "hold-left", "relax-left", "hold-left", "switch-right", "hold-right", "relax-right",
                "hold-right", "ready", "count", "end"), run.get("seen"));
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) run.get("said");
        assertTrue(said.contains("Switch to the right side.") && said.contains("2") && said.contains("3"), said.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
        assertEquals(List.of("done", "skipped", "done"), results.stream().map(r -> r.get("outcome")).toList());
        assertEquals(2L, ((Number) results.get(0).get("sets")).longValue());
        assertEquals("both", results.get(0).get("sides"));
        assertEquals(3L, ((Number) results.get(2).get("reps")).longValue());
    }

    // Runs the player's timing module in the page with a clock of its own: 2 s holds, 2 per side, 2 sets, an
    // unavailable exercise, then 3 paced repetitions.
    private static final String TIMING = """
            const done = arguments[arguments.length - 1];
            import('/app/lib/player.js').then(({ start, tick, view, results }) => {
              let { state } = start([
                { exerciseId: 'a', name: 'A', available: true, dose: { holdSeconds: 2, reps: 2, sets: 2, perSide: true, restSeconds: 3, minutes: 0 } },
                { exerciseId: 'b', name: 'B', available: false, dose: null },
                { exerciseId: 'c', name: 'C', available: true, dose: { holdSeconds: 0, reps: 3, sets: 1, perSide: false, restSeconds: 0, minutes: 0 } },
              ]);
              const name = () => { const v = view(state); return v.finished ? 'end' : v.step.kind + (v.step.side ? '-' + v.step.side : ''); };
              const seen = [name()], said = [];
              for (let i = 0; i < 400 && !state.finished; i++) {
                const next = tick(state, 500);
                state = next.state;
                next.cues.filter((c) => c.say).forEach((c) => said.push(c.say));
                if (name() !== seen[seen.length - 1]) seen.push(name());
              }
              done({ seen, said, results: results(state) });
            }, (error) => done({ error: String(error) }));
            """;

    /** Every control of the player is at least 64 by 64 CSS pixels. */
    private static void assertTapTargets() {
        Object small = browser.js("return [...document.querySelectorAll('.player button')]"
                + ".map(b => [b.textContent.trim(), b.getBoundingClientRect()])"
                + ".filter(([, r]) => r.width < 64 || r.height < 64).map(([t, r]) => t + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))");
        assertEquals(List.of(), small, "controls smaller than 64 px");
    }
}
