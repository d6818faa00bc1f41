package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The home page: search and filters narrow the list, and the filters live in the address. */
class ExerciseListIT extends BrowserTest {

    @BeforeEach
    void openHome() {
        browser.colorScheme("light");
        browser.viewport(0, 0);
        browser.open("/");
    }

    private int loadedCount() {
        return browser.waitFor("the exercise list to load", Pages::resultCount);
    }

    @Test
    void searchNarrowsTheList() {
        int all = loadedCount();
        assertTrue(all > 1, "the catalog should list several exercises, found " + all);
        String target = Pages.cardNames(browser.driver()).get(0);
        String word = Arrays.stream(target.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).orElseThrow();

        browser.driver().findElement(By.id("q")).sendKeys(word);

        browser.waitFor("the address to carry the search", d -> browser.path().contains("q=" + word));
        int found = browser.waitFor("the list to narrow for '" + word + "'", d -> {
            Integer n = Pages.resultCount(d);
            return n != null && n < all ? n : null;
        });
        assertTrue(found >= 1, "the search for '" + word + "' should still find " + target);
        assertTrue(Pages.cardNames(browser.driver()).contains(target), "'" + target + "' should match its own name");
        assertEquals("Exercises · Limber", browser.driver().getTitle());
    }

    @Test
    void inBedFilterNarrowsTheListAndIsBookmarkable() {
        int all = loadedCount();
        WebElement inBed = browser.waitForElement("the in-bed filter", By.cssSelector("input[name='inBed']"));

        inBed.click();

        browser.waitFor("the address to carry inBed=true", d -> browser.path().contains("inBed=true"));
        int inBedCount = browser.waitFor("the list to show only in-bed exercises", d -> {
            Integer n = Pages.resultCount(d);
            return n != null && n < all ? n : null;
        });
        assertTrue(inBedCount >= 1, "some exercises can be done in bed");
        for (WebElement card : browser.all(By.cssSelector(".exercise-card"))) {
            assertFalse(card.findElements(By.cssSelector(".badge.in-bed")).isEmpty(),
                    "every listed exercise is marked In bed: " + card.getText());
        }

        browser.driver().navigate().refresh();

        assertEquals(inBedCount, loadedCount(), "the bookmarked address shows the same filtered list");
        assertTrue(browser.driver().findElement(By.cssSelector("input[name='inBed']")).isSelected());
    }

    @Test
    void pagesMoveThroughALongList() {
        int all = loadedCount();
        int pageSize = 20;
        if (all <= pageSize) {
            assertTrue(browser.all(By.cssSelector("nav.pager a")).isEmpty(), "one page needs no pager");
            return;
        }
        java.util.List<String> first = Pages.cardNames(browser.driver());
        assertEquals(pageSize, first.size());

        browser.driver().findElement(By.cssSelector("nav.pager a[rel='next']")).click();

        browser.waitFor("the second page", d -> browser.path().contains("page=2")
                && Pages.resultCount(d) != null && !Pages.cardNames(d).isEmpty() && !Pages.cardNames(d).equals(first));
        assertTrue(Pages.cardNames(browser.driver()).stream().noneMatch(first::contains), "page 2 shows other exercises");
        String position = browser.driver().findElement(By.cssSelector(".pager-position")).getText();
        assertEquals("Page 2 of " + ((all + pageSize - 1) / pageSize), position);
    }

    @Test
    void searchBoxAndFiltersAreLabelledAndTheSkipLinkWorks() {
        loadedCount();
        Object unlabelled = browser.js("return [...document.querySelectorAll('input, select, button')]"
                + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())"
                + ".map(c => c.outerHTML)");
        assertEquals(java.util.List.of(), unlabelled, "every control has a label");

        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        assertTrue(focused.isDisplayed(), "the skip link shows when focused");
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor("focus to move to the main content",
                d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    }
}
