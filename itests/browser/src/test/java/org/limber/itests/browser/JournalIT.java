package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Logging a session from the catalog, the journal history, deleting with a confirmation, and day marks. */
class JournalIT extends BrowserTest {

    @Test
    void aLoggedSessionAppearsInTheJournal() {
        Accounts.signIn(browser, Accounts.newUser(browser, limber, "se"));
        browser.open("/journal/new-session");
        browser.waitForElement("the exercise search", By.id("exercise-search")).sendKeys("knee");
        WebElement add = browser.waitForElement("an exercise to add", By.cssSelector(".pick-list .pick button"));
        String name = add.findElement(By.xpath("ancestor::li")).findElement(By.cssSelector(".pick-name")).getText();

        browser.tap(add);

        WebElement entry = browser.waitForElement("the exercise in the session", By.cssSelector(".done-entry"));
        assertTrue(entry.getText().contains(name), entry.getText());
        browser.tap(entry.findElement(By.cssSelector("label.chip.response-eased")));
        WebElement sets = entry.findElement(By.cssSelector("input[id$='-sets']"));
        sets.clear();
        sets.sendKeys("2");
        WebElement reps = entry.findElement(By.cssSelector("input[id$='-reps']"));
        reps.clear();
        reps.sendKeys("3");
        browser.tap(By.xpath("//summary[contains(., 'Pain now')]"));
        browser.tap(By.cssSelector("#after-backPain-scale label.level-3"));
        browser.tap(By.cssSelector("#after-legPain-scale label.level-2"));
        browser.tap(By.xpath("//label[contains(@class,'extent-option')][input[@name='after-legExtent' and @value='buttock']]"));
        browser.tap(By.xpath("//button[normalize-space()='Save session']"));

        browser.waitFor("the journal", d -> browser.path().equals("/journal"));
        WebElement session = browser.waitForElement("the session in the journal", By.cssSelector(".session-entry"));
        assertTrue(session.getText().contains(name), session.getText());
        assertTrue(session.getText().contains("Eased"), session.getText());
        assertTrue(session.getText().contains("2×3"), "the dose done: " + session.getText());
        WebElement after = browser.waitForElement("the after-session check-in", By.cssSelector(".check-in-entry"));
        assertTrue(after.getText().contains("After a session") && after.getText().contains("Back 3"), after.getText());
        assertTrue(browser.driver().findElement(By.cssSelector("[role='status'].saved")).getText().contains("Session saved"));
    }

    @Test
    void entriesAreNewestFirstAndDeletedAfterConfirming() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "de");
        LimberApi api = Accounts.api(limber, user);
        api.expect(201, "POST", "/api/v1/journal/check-ins", Map.of("at", Instant.now().minus(Duration.ofDays(3)).toString(), "backPain", 5, "legPain", 5,
                "legExtent", "thigh", "notes", "older entry"));
        api.expect(201, "POST", "/api/v1/journal/check-ins", Map.of("at", Instant.now().minus(Duration.ofDays(1)).toString(), "backPain", 3, "legPain", 2,
                "legExtent", "buttock", "notes", "newer entry"));
        Accounts.signIn(browser, user);
        browser.open("/journal");

        List<WebElement> entries = browser.waitFor("both entries", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".check-in-entry"));
            return found.size() == 2 ? found : null;
        });
        assertTrue(entries.get(0).getText().contains("newer entry"), "newest first: " + entries.get(0).getText());

        entries.get(0).findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
        browser.driver().findElement(By.xpath("//button[normalize-space()='Yes, delete']")).click();

        browser.waitFor("the entry to go", d -> d.findElements(By.cssSelector(".check-in-entry")).size() == 1);
        assertTrue(browser.driver().findElement(By.cssSelector(".check-in-entry")).getText().contains("older entry"));
        assertEquals(1, LimberApi.items(api.expect(200, "GET", "/api/v1/journal/check-ins", null)).size());
    }

    @Test
    void todayCanBeMarkedAsAFlareDay() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "dm");
        Accounts.signIn(browser, user);
        browser.open("/journal");
        WebElement today = browser.waitForElement("today in the journal", By.cssSelector(".journal-day"));

        today.findElement(By.cssSelector("label.day-kind.kind-flare")).click();

        browser.waitFor("today to be marked", d -> !d.findElements(By.cssSelector(".journal-day.marked-flare")).isEmpty());
        List<Map<String, Object>> days = LimberApi.items(Accounts.api(limber, user).expect(200, "GET",
                "/api/v1/journal/days?from=2000-01-01&to=2100-01-01", null));
        assertEquals(1, days.size(), days.toString());
        assertEquals("flare", days.get(0).get("kind"));
    }
}
