package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The routine editor's rules and choices: keep or swap an exercise to stop, templates, own exercises and limits. */
class RoutineEditorIT extends BrowserTest {

    @Test
    void anExerciseTheJournalSaysToStopIsKeptOrSwappedOnlyWhenTheUserSays() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "ek");
        LimberApi api = Accounts.api(limber, user);
        api.expect(201, "POST", "/api/v1/journal/sessions", Map.of("at", Instant.now().minusSeconds(3600).toString(),
                "exercises", List.of(Map.of("exerciseId", Routines.KNEE_TO_CHEST, "name", "Knee to chest", "outcome", "done",
                        "sides", "both", "response", "spread"))));
        Accounts.signIn(browser, user);

        // Keep it.
        newRoutineWithKneeToChest("Kept");
        WebElement warning = browser.waitForElement("the stop warning next to the exercise",
                By.cssSelector("li.routine-item[data-exercise-id='" + Routines.KNEE_TO_CHEST + "'] .routine-warning.stop"));
        assertTrue(warning.getText().toLowerCase().contains("spread"), warning.getText());
        browser.tap(By.xpath("//button[normalize-space()='Save routine']"));
        WebElement dialog = browser.waitForElement("the keep-or-swap question", By.cssSelector("dialog.keep-or-swap[open]"));
        assertTrue(dialog.getText().contains("Keep Knee to chest?"), dialog.getText());
        browser.tap(dialog.findElement(By.xpath(".//button[normalize-space()='Keep it']")));
        browser.waitFor("the routine to be saved", d -> browser.path().equals("/routines"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> routines = (List<Map<String, Object>>) api.expect(200, "GET", "/api/v1/routines", null).get("routines");
        assertEquals(List.of(Routines.KNEE_TO_CHEST), routines.get(0).get("keptDespiteStop"));

        // Swap it.
        newRoutineWithKneeToChest("Swapped");
        browser.tap(By.xpath("//button[normalize-space()='Save routine']"));
        dialog = browser.waitForElement("the keep-or-swap question", By.cssSelector("dialog.keep-or-swap[open]"));
        browser.tap(dialog.findElement(By.xpath(".//button[normalize-space()='Swap']")));
        WebElement picker = browser.waitForElement("the picker to swap it", By.cssSelector(".routine-picker"));
        assertTrue(picker.getText().contains("Swap Knee to chest for"), picker.getText());
        picker.findElement(By.id("routine-exercise-search")).sendKeys("pelvic");
        browser.tap(browser.waitForElement("Pelvic tilt", By.cssSelector(".routine-picker button[aria-label='Swap in Pelvic tilt']")));
        browser.waitForElement("the swapped item", By.cssSelector("li.routine-item[data-exercise-id='" + Routines.PELVIC_TILT + "']"));
        browser.tap(By.xpath("//button[normalize-space()='Save routine']"));
        browser.waitFor("the routine to be saved", d -> browser.path().equals("/routines"));
        browser.waitFor("both routines listed", d -> d.findElements(By.cssSelector(".routine-card")).size() == 2);
    }

    @Test
    void aTemplateIsCopiedIntoTheUsersRoutines() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "et");
        Accounts.signIn(browser, user);
        browser.open("/routines");
        WebElement template = browser.waitFor("the templates", d -> d.findElements(By.cssSelector(".template-card")).stream()
                .filter(t -> t.getText().contains("Bedtime routine in bed")).findFirst().orElse(null));
        assertTrue(template.getText().contains("Knee to chest"), "the sections preview names the exercises: " + template.getText());
        assertTrue(template.getText().matches("(?s).*\\d+–\\d+ minutes.*"), template.getText());

        browser.tap(template.findElement(By.xpath(".//button[normalize-space()='Use this routine']")));

        browser.waitFor("the copy in the editor", d -> browser.path().matches("/routines/\\d+/edit"));
        browser.waitForElement("the copied exercises", By.cssSelector("li.routine-item[data-exercise-id='" + Routines.KNEE_TO_CHEST + "']"));
        assertEquals("Bedtime routine in bed", browser.driver().findElement(By.id("name")).getAttribute("value"));
        assertTrue(browser.driver().findElement(By.cssSelector("[role='status'].saved")).getText().contains("is now one of your routines"));
    }

    @Test
    void ownExercisesAndLimitsShowInThePicker() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "ep");
        LimberApi api = Accounts.api(limber, user);
        Accounts.signIn(browser, user);
        browser.open("/routines/my-exercises");

        browser.tap(browser.waitForElement("Add an exercise", By.xpath("//button[normalize-space()='Add an exercise']")));
        browser.waitForElement("the new exercise form", By.id("pe-new-name")).sendKeys("Towel calf stretch");
        browser.driver().findElement(By.cssSelector(".step-inputs input")).sendKeys("Loop a towel around your foot and pull gently.");
        browser.tap(By.xpath("//button[normalize-space()='+ Add a step']"));
        browser.driver().findElements(By.cssSelector(".step-inputs input")).get(1).sendKeys("Hold, then let go slowly.");
        browser.tap(By.cssSelector("label.chip:has(input[name='pe-new-positions'][value='seated'])"));
        browser.driver().findElement(By.id("pe-new-holdSeconds")).sendKeys("20");
        browser.tap(By.xpath("//button[normalize-space()='Add exercise']"));
        WebElement mine = browser.waitForElement("the new exercise listed", By.cssSelector(".personal-exercise"));
        assertTrue(mine.getText().contains("Towel calf stretch") && mine.getText().contains("Hold 20 s"), mine.getText());

        browser.tap(By.cssSelector("label[for='exclusion-no-kneeling']"));
        browser.tap(By.xpath("//button[normalize-space()='Save limits']"));
        browser.waitFor("the limits to be saved", d -> d.findElement(By.cssSelector(".exclusions-form")).getText().contains("Limits saved."));
        assertEquals(List.of("no-kneeling"), api.expect(200, "GET", "/api/v1/exclusions", null).get("exclusions"));
        browser.waitForElement("the phase", By.cssSelector(".progression .phase-now"));

        browser.open("/?q=child");
        WebElement toggle = browser.waitForElement("the limits toggle on the exercise list",
                By.cssSelector(".exercises-page .ruled-out-toggle"));
        assertTrue(toggle.getText().contains("1 hidden"), toggle.getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".cards a[href*='childs-pose'], .cards a[href*='child']")).isEmpty(),
                "Child's pose (kneeling) is hidden from the catalog");
        browser.tap(toggle.findElement(By.tagName("input")));
        browser.waitForElement("Child's pose shown on request", By.cssSelector(".cards a[href*='child']"));

        browser.open("/routines/new");
        browser.tap(browser.waitForElement("add an exercise", By.cssSelector(".add-exercise")));
        browser.waitForElement("the exercise search", By.id("routine-exercise-search")).sendKeys("child");
        WebElement pickerToggle = browser.waitFor("the picker says Child's pose is hidden", d -> d.findElements(
                By.cssSelector(".routine-picker .ruled-out-toggle")).stream()
                .filter(t -> t.getText().contains("1 hidden")).findFirst().orElse(null));
        assertTrue(browser.driver().findElements(By.cssSelector(".routine-picker .pick")).stream()
                .noneMatch(p -> p.getText().contains("Child")), "hidden until asked for");
        browser.tap(pickerToggle.findElement(By.tagName("input")));
        WebElement child = browser.waitFor("Child's pose marked as ruled out", d -> d.findElements(By.cssSelector(".routine-picker .pick.ruled-out"))
                .stream().filter(p -> p.getText().contains("Child")).findFirst().orElse(null));
        assertTrue(child.getText().contains("No kneeling"), child.getText());
        browser.driver().findElement(By.id("routine-exercise-search")).clear();
        browser.driver().findElement(By.id("routine-exercise-search")).sendKeys("towel");
        browser.tap(browser.waitForElement("the own exercise in the picker", By.cssSelector(".routine-picker button[aria-label='Add Towel calf stretch']")));
        WebElement item = browser.waitForElement("the own exercise in the routine", By.cssSelector("li.routine-item[data-exercise-id^='personal:']"));
        assertTrue(item.getText().contains("Towel calf stretch") && item.getText().contains("Yours"), item.getText());
    }

    private static void newRoutineWithKneeToChest(String name) {
        browser.open("/routines/new");
        browser.waitForElement("the name field", By.id("name")).sendKeys(name);
        browser.tap(browser.waitForElement("add an exercise", By.cssSelector(".add-exercise")));
        browser.waitForElement("the exercise search", By.id("routine-exercise-search")).sendKeys("knee to chest");
        browser.tap(browser.waitForElement("Knee to chest", By.cssSelector(".routine-picker button[aria-label='Add Knee to chest']")));
    }
}
