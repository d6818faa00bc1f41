package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The safety, packs and about pages, and the notice in every footer. */
class SafetyAndPacksIT extends BrowserTest {

    @Test
    void safetyPageShowsTheBladderAndBowelEmergencyFirst() {
        browser.open("/safety");

        WebElement emergency = browser.waitForElement("the emergency red flags", By.cssSelector(".flag-group.urgency-emergency"));

        String text = emergency.getText().toLowerCase(Locale.ROOT);
        assertTrue(text.contains("bladder") || text.contains("bowel"), "the emergency group names bladder/bowel problems: " + text);
        WebElement firstGroup = browser.driver().findElement(By.cssSelector(".flag-group"));
        assertEquals(emergency, firstGroup, "emergencies come first");
        assertFalse(browser.all(By.cssSelector("section.stop-if li")).isEmpty(), "the stop rules are listed");
        assertEquals("Safety · Limber", browser.driver().getTitle());
    }

    @Test
    void packsPageListsThePacksWithTheirState() {
        browser.open("/packs");

        browser.waitForElement("the pack list", By.cssSelector("li.pack"));

        List<WebElement> active = browser.all(By.cssSelector("li.pack.state-active"));
        assertFalse(active.isEmpty(), "at least one pack is in use");
        assertTrue(active.stream().anyMatch(p -> p.getText().contains("sciatica")), "the sciatica pack is listed");
        for (WebElement pack : active) {
            assertTrue(pack.findElement(By.cssSelector(".badge.pack-state")).getText().contains("In use"));
        }
    }

    @Test
    void everyPageFooterCarriesTheNoticeAndLinksToIt() {
        browser.open("/packs");
        WebElement footer = browser.waitForElement("the footer", By.cssSelector("footer.site-footer"));
        browser.waitFor("the notice's short text", d -> !footer.findElement(By.cssSelector(".notice-short")).getText().isBlank());

        footer.findElement(By.linkText("Read the full notice")).click();

        browser.waitFor("the about page", d -> browser.path().equals("/about")
                && !d.findElements(By.cssSelector("section.notice p")).isEmpty());
        assertEquals("About · Limber", browser.driver().getTitle());
    }
}
