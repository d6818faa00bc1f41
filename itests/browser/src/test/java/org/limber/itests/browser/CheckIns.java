package org.limber.itests.browser;

import org.openqa.selenium.By;

/** Filling in the quick check-in as a person would: by tapping the tiles. */
final class CheckIns {

    private CheckIns() {
    }

    static void pain(Browser browser, String field, int value) {
        browser.tap(By.cssSelector("#" + field + "-scale label.level-" + value));
    }

    static void extent(Browser browser, String wire) {
        browser.tap(By.xpath("//label[contains(@class,'extent-option')][input[@value='" + wire + "']]"));
    }

    static void toggle(Browser browser, String id) {
        browser.tap(By.cssSelector("label[for='" + id + "']"));
    }

    static void save(Browser browser) {
        browser.tap(By.xpath("//button[normalize-space()='Save check-in']"));
    }
}
