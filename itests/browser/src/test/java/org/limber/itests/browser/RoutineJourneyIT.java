package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole way, as a person goes it: build a routine in the editor (two exercises, one with a shorter dose),
 * schedule it, play it to the end with the guided player, and find the session with its check-in in the journal.
 */
class RoutineJourneyIT extends BrowserTest {

    @Test
    void buildScheduleAndPlayARoutine() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "rj");
        LimberApi api = Accounts.api(limber, user);
        Accounts.signIn(browser, user);
        browser.consoleErrors();

        browser.open("/routines");
        browser.tap(browser.waitForElement("New routine", By.xpath("//a[normalize-space()='New routine']")));
        browser.waitForElement("the name field", By.id("name")).sendKeys("Evening stretches");
        for (String day : List.of("monday", "wednesday", "friday", "saturday", "sunday", "tuesday", "thursday")) {
            browser.tap(By.xpath("//label[contains(@class,'day-toggle')][input[@value='" + day + "']]"));
        }

        addExercise("knee to chest", "Knee to chest");
        WebElement knee = browser.waitForElement("the first exercise", itemOf(Routines.KNEE_TO_CHEST));
        browser.tap(knee.findElement(By.cssSelector("details.item-dose > summary")));
        WebElement hold = knee.findElement(By.cssSelector("input[id$='-holdSeconds']"));
        assertTrue(!hold.getAttribute("placeholder").isBlank(), "the exercise's own hold shows as the placeholder");
        hold.sendKeys("2");
        knee.findElement(By.cssSelector("input[id$='-reps']")).sendKeys("1");
        knee.findElement(By.cssSelector("input[id$='-sets']")).sendKeys("1");
        new Select(knee.findElement(By.cssSelector("select[id$='-perSide']"))).selectByValue("no");
        addExercise("pelvic tilt", "Pelvic tilt");
        browser.waitForElement("the second exercise", itemOf(Routines.PELVIC_TILT));

        browser.tap(By.xpath("//button[normalize-space()='Save routine']"));
        browser.waitFor("the routines page", d -> browser.path().equals("/routines"));
        WebElement card = browser.waitForElement("the new routine", By.cssSelector(".routine-card"));
        assertTrue(card.getText().contains("Evening stretches") && card.getText().contains("2 exercises")
                && card.getText().contains("Every day"), card.getText());

        @SuppressWarnings("unchecked")
        Map<String, Object> routine = ((List<Map<String, Object>>) api.expect(200, "GET", "/api/v1/routines", null).get("routines")).get(0);
        long id = LimberApi.id(routine);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) ((List<Map<String, Object>>) routine.get("sections")).get(0).get("items");
        assertEquals(List.of(Routines.KNEE_TO_CHEST, Routines.PELVIC_TILT), items.stream().map(i -> i.get("exerciseId")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> override = (Map<String, Object>) items.get(0).get("dose");
        assertEquals(2L, ((Number) override.get("holdSeconds")).longValue());
        assertEquals(Boolean.FALSE, override.get("perSide"));
        @SuppressWarnings("unchecked")
        Map<String, Object> defaults = (Map<String, Object>) items.get(1).get("dose");
        assertNull(defaults.get("holdSeconds"), "the second exercise keeps its own dose: " + defaults);

        // Schedule it: a time and the browser channel.
        browser.tap(By.xpath("//a[normalize-space()='Reminders']"));
        WebElement plan = browser.waitForElement("the routine's reminders", By.cssSelector("form.reminder-plan[data-routine-id='" + id + "']"));
        browser.tap(plan.findElement(By.cssSelector(".add-time")));
        Routines.setInput(browser, plan.findElement(By.cssSelector("input[type='time']")), "07:30");
        browser.tap(plan.findElement(By.cssSelector("label[for='plan" + id + "-channel-browser']")));
        browser.tap(plan.findElement(By.xpath(".//button[normalize-space()='Save reminders']")));
        browser.waitFor("the reminders to be saved", d -> plan.getText().contains("Reminders saved."));
        browser.waitFor("the next reminders", d -> !plan.findElements(By.cssSelector(".upcoming-list li")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> plans = (List<Map<String, Object>>) api.expect(200, "GET", "/api/v1/reminders", null).get("plans");
        assertEquals(1, plans.size(), plans.toString());
        assertEquals(List.of("07:30"), plans.get(0).get("times"));
        assertEquals(List.of("browser"), plans.get(0).get("channelIds"));

        // Play it to the end.
        browser.open("/routines");
        browser.tap(browser.waitForElement("Play", By.cssSelector(".routine-card a.play-button")));
        browser.tap(browser.waitForElement("Start", By.cssSelector(".start-button")));
        Routines.awaitStep(browser, "ready", "Knee to chest");
        Routines.awaitStep(browser, "hold", "Knee to chest");
        Routines.awaitStep(browser, "ready", "Pelvic tilt");
        browser.tap(By.cssSelector(".player-done"));
        Routines.awaitStep(browser, "count", "Pelvic tilt");
        assertEquals("Done", browser.driver().findElement(By.cssSelector(".player-done")).getText());
        browser.tap(By.cssSelector(".player-done"));

        browser.waitForElement("the check-in at the end", By.cssSelector(".session-end"));
        CheckIns.pain(browser, "after-backPain", 2);
        CheckIns.pain(browser, "after-legPain", 1);
        browser.tap(By.xpath("//label[contains(@class,'extent-option')][input[@name='after-legExtent' and @value='buttock']]"));
        browser.tap(By.xpath("//button[normalize-space()='Save session']"));
        WebElement saved = browser.waitForElement("the saved session", By.cssSelector(".session-saved"));
        assertTrue(saved.getText().contains("2 of 2 exercises done"), saved.getText());

        browser.tap(saved.findElement(By.xpath(".//a[normalize-space()='See it in the journal']")));
        WebElement session = browser.waitForElement("the session in the journal", By.cssSelector(".session-entry"));
        assertTrue(session.getText().contains("Evening stretches") && session.getText().contains("Knee to chest")
                && session.getText().contains("Pelvic tilt"), session.getText());
        assertTrue(session.getText().contains("hold 2 s"), "the shortened dose was recorded: " + session.getText());
        WebElement after = browser.waitForElement("the after-session check-in", By.cssSelector(".check-in-entry"));
        assertTrue(after.getText().contains("After a session") && after.getText().contains("Back 2") && after.getText().contains("Leg 1"), after.getText());

        List<Map<String, Object>> sessions = Routines.sessions(api);
        assertEquals(1, sessions.size());
        assertEquals(String.valueOf(id), sessions.get(0).get("routineId"));
        List<Map<String, Object>> done = Routines.exercisesOf(sessions.get(0));
        assertEquals(List.of("done", "done"), done.stream().map(e -> e.get("outcome")).toList());
        assertEquals(2L, ((Number) done.get(0).get("holdSeconds")).longValue());
        assertEquals(1L, ((Number) done.get(0).get("sets")).longValue());
        assertTrue(((Number) done.get(1).get("reps")).intValue() > 0, done.get(1).toString());
        assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("favicon")).toList());
    }

    private static By itemOf(String exerciseId) {
        return By.cssSelector("li.routine-item[data-exercise-id='" + exerciseId + "']");
    }

    private static void addExercise(String search, String name) {
        browser.tap(browser.waitForElement("add an exercise", By.cssSelector(".add-exercise")));
        WebElement box = browser.waitForElement("the exercise search", By.id("routine-exercise-search"));
        box.sendKeys(search);
        browser.tap(browser.waitForElement(name + " in the picker",
                By.cssSelector(".routine-picker button[aria-label='Add " + name + "']")));
        browser.waitFor("the picker to close", d -> d.findElements(By.cssSelector(".routine-picker")).isEmpty());
    }
}
