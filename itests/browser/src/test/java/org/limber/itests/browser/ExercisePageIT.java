package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An exercise's page, reached from the list without a page load, and the error state of an unknown one. */
class ExercisePageIT extends BrowserTest {

    static final String EXERCISE_ID = "sciatica.knee-to-chest";

    @Test
    void openingAnExerciseShowsItsIllustrationStepsDoseAndStopRules() {
        browser.open("/?q=knee");
        browser.waitFor("the list to load", Pages::resultCount);
        browser.js("window.__sameDocument = true");
        WebElement link = browser.waitForElement("the knee-to-chest card",
                By.cssSelector(".exercise-card a[href='/exercises/" + EXERCISE_ID + "']"));
        String name = link.getText();

        link.click();

        browser.waitFor("the exercise page", d -> d.getCurrentUrl().endsWith("/exercises/" + EXERCISE_ID)
                && !d.findElements(By.cssSelector("article.exercise h1")).isEmpty());
        assertEquals(Boolean.TRUE, browser.js("return window.__sameDocument === true"), "client-side navigation, no reload");
        assertEquals(name, browser.driver().findElement(By.cssSelector("article.exercise h1")).getText());
        assertEquals(name + " · Limber", browser.driver().getTitle());

        List<WebElement> frames = browser.all(By.cssSelector(".illustration img"));
        assertFalse(frames.isEmpty(), "the exercise has an illustration");
        browser.waitFor("the illustration to load", d -> Boolean.TRUE.equals(browser.js(
                "return [...document.querySelectorAll('.illustration img')].every(i => i.complete && i.naturalWidth > 0)")));
        for (WebElement frame : frames) {
            assertFalse(frame.getAttribute("alt").isBlank(), "every frame has alt text");
        }
        assertFalse(browser.all(By.cssSelector("ol.steps li")).isEmpty(), "ordered steps");
        String dose = browser.driver().findElement(By.cssSelector(".doses .dose-main")).getText();
        assertTrue(dose.matches("(?s).*\\d.*"), "the dose is spelled out in numbers: " + dose);
        WebElement stopIf = browser.driver().findElement(By.cssSelector("section.stop-if"));
        assertTrue(stopIf.getText().startsWith("!\nStop if") || stopIf.getText().contains("Stop if"), stopIf.getText());
        assertFalse(stopIf.findElements(By.tagName("li")).isEmpty(), "stop-if rules are listed");

        browser.driver().navigate().back();
        browser.waitFor("the list again after Back", d -> browser.path().equals("/?q=knee") && Pages.resultCount(d) != null);
    }

    @Test
    void anUnknownExerciseShowsTheProblemAndARetry() {
        browser.open("/exercises/sciatica.no-such-exercise");

        WebElement error = browser.waitForElement("the error state", By.cssSelector(".state.error"));

        assertFalse(error.findElement(By.tagName("h2")).getText().isBlank(), "the problem's title is shown");
        assertEquals("Try again", error.findElement(By.tagName("button")).getText());
    }
}
