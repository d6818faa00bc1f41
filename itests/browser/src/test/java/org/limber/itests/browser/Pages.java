package org.limber.itests.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What the tests read off the app's pages. */
final class Pages {

    static final By CARD_LINKS = By.cssSelector(".exercise-card .card-link");
    static final By RESULT_COUNT = By.cssSelector(".results[aria-busy='false'] .result-count");
    static final By MAIN_HEADING = By.cssSelector("main h1");

    private Pages() {
    }

    /** The number of exercises the list says it found, once it is loaded and not refreshing; null until then. */
    static Integer resultCount(WebDriver driver) {
        List<WebElement> count = driver.findElements(RESULT_COUNT);
        if (count.isEmpty()) {
            return null;
        }
        String text = count.get(0).getText().trim();
        if (text.startsWith("No ")) {
            return 0;
        }
        return Integer.parseInt(text.replaceAll("[^0-9].*$", ""));
    }

    static List<String> cardNames(WebDriver driver) {
        return driver.findElements(CARD_LINKS).stream().map(WebElement::getText).toList();
    }

    /** True when a page has rendered its heading, is not loading, and every image has loaded. */
    static boolean settled(WebDriver driver) {
        Object done = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return !!document.querySelector('main h1')"
                        + " && !document.querySelector('.state.loading, [aria-busy=\"true\"]')"
                        + " && [...document.images].every(i => i.complete)");
        return Boolean.TRUE.equals(done);
    }
}
