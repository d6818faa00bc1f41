package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The quick check-in on a phone, and the red-flag alert that stays on every page until it is acknowledged. */
class CheckInIT extends BrowserTest {

    private static final By ALERT = By.cssSelector(".red-flag-banner .red-flag-alert[role='alert']");

    @AfterEach
    void desktop() {
        browser.viewport(0, 0);
    }

    @Test
    void aQuickCheckInOnAPhoneIsSavedAndListedInTheJournal() throws IOException {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "cy");
        browser.viewport(390, 844);
        Accounts.signIn(browser, user);
        browser.waitForElement("the check-in form", By.id("backPain-scale"));
        Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "the check-in does not scroll sideways on a phone");
        List<String> signs = browser.waitFor("the warning signs", d -> {
            List<String> titles = d.findElements(By.cssSelector(".warning-signs .sign-title")).stream().map(WebElement::getText).toList();
            return titles.isEmpty() ? null : titles;
        });
        assertTrue(signs.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("bladder")), "the emergency signs are listed: " + signs);
        browser.screenshot("check-in-phone390");

        CheckIns.pain(browser, "backPain", 4);
        CheckIns.pain(browser, "legPain", 6);
        CheckIns.extent(browser, "thigh");
        CheckIns.toggle(browser, "tingling");
        CheckIns.save(browser);

        WebElement saved = browser.waitForElement("the saved check-in", By.cssSelector(".saved-panel"));
        assertTrue(saved.getText().contains("back pain 4, leg pain 6"), saved.getText());
        assertTrue(browser.all(ALERT).isEmpty(), "no warning signs, no alert");

        browser.open("/journal");
        WebElement entry = browser.waitForElement("the check-in in the journal", By.cssSelector(".check-in-entry"));
        assertTrue(entry.getText().contains("Back 4") && entry.getText().contains("Leg 6"), entry.getText());
        assertTrue(entry.getText().contains("tingling"), entry.getText());
    }

    @Test
    void missingAnswersAreShownAtTheirQuestions() {
        Accounts.signIn(browser, Accounts.newUser(browser, limber, "cz"));
        browser.waitForElement("the check-in form", By.id("backPain-scale"));

        CheckIns.pain(browser, "backPain", 2);
        CheckIns.save(browser);

        browser.waitForElement("the leg pain question's error", By.id("legPain-scale-error"));
        assertFalse(browser.all(By.id("legExtent-choice-error")).isEmpty(), "the leg extent question says it is missing");
        assertTrue(browser.all(By.id("backPain-scale-error")).isEmpty(), "back pain was answered");
    }

    @Test
    void aRedFlagShowsTheAlertOnEveryPageUntilAcknowledged() throws IOException {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "rf");
        Accounts.signIn(browser, user);
        browser.waitForElement("the check-in form", By.id("backPain-scale"));
        browser.waitForElement("the saddle numbness warning sign", By.id("flag-saddle-numbness"));

        CheckIns.pain(browser, "backPain", 7);
        CheckIns.pain(browser, "legPain", 8);
        CheckIns.extent(browser, "foot");
        browser.tap(By.cssSelector("label[for='flag-saddle-numbness']"));
        CheckIns.save(browser);

        WebElement alert = browser.waitForElement("the red-flag alert", ALERT);
        String text = alert.getText();
        assertTrue(text.contains("This needs urgent medical attention"), text);
        assertTrue(text.contains("emergency") && text.contains("A&E"), "an emergency sign sends to emergency services now: " + text);
        assertEquals(alert, browser.driver().switchTo().activeElement(), "the alert takes focus at once");
        Object top = browser.js("return arguments[0].getBoundingClientRect().top", alert);
        assertTrue(((Number) top).doubleValue() < 400, "the alert is at the top of the page, at " + top);
        browser.screenshot("red-flag-alert");

        for (String page : List.of("/journal", "/insights", "/")) {
            browser.open(page);
            WebElement banner = browser.waitForElement("the banner on " + page, ALERT);
            assertTrue(banner.getText().contains("This needs urgent medical attention"), page + ": " + banner.getText());
        }

        browser.driver().findElement(By.xpath("//section[contains(@class,'red-flag-alert')]//button[normalize-space()='I understand']")).click();

        browser.waitFor("the banner to go", d -> d.findElements(ALERT).isEmpty());
        browser.open("/journal");
        browser.waitForElement("the journal", By.cssSelector(".check-in-entry"));
        assertTrue(browser.all(ALERT).isEmpty(), "the acknowledged alert stays gone");
        assertTrue(browser.driver().findElement(By.cssSelector(".check-in-entry.has-flags")).getText().contains("acknowledged"));

        Map<String, Object> insights = Accounts.api(limber, user).expect(200, "GET", "/api/v1/journal/insights", null);
        assertEquals(null, insights.get("pendingRedFlags"), "the server has it as acknowledged");
    }
}
