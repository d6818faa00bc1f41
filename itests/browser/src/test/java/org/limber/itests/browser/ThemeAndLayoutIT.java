package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The dark theme under prefers-color-scheme, readable contrast in both themes, no sideways scrolling on phones,
 * no console errors (so nothing was blocked by the Content-Security-Policy), and a screenshot of every page in
 * light and dark, desktop and phone, under target/screenshots/.
 */
class ThemeAndLayoutIT extends BrowserTest {

    private static final String[] THEMES = {"light", "dark"};

    @SuppressWarnings("unchecked")
    private static Map<String, String> colours() {
        return (Map<String, String>) browser.js("const s = e => getComputedStyle(document.querySelector(e));"
                + "return {bg: s('body').backgroundColor, text: s('body').color, muted: s('.card .meta').color,"
                + " link: s('.card-link').color, art: s('.thumb').backgroundColor, card: s('.card').backgroundColor};");
    }

    @Test
    void darkThemeFollowsPrefersColorScheme() {
        browser.viewport(0, 0);
        browser.colorScheme("dark");
        browser.open("/");
        browser.waitFor("the list", Pages::resultCount);
        Map<String, String> dark = colours();

        assertTrue(Colors.luminance(dark.get("bg")) < 0.05, "a dark, dim background: " + dark);
        assertTrue(Colors.luminance(dark.get("text")) < 0.75, "text is not glaring pure white: " + dark);
        assertTrue(Colors.luminance(dark.get("art")) > 0.5, "illustrations stay on a light card: " + dark);
        assertContrast(dark);

        browser.colorScheme("light");
        browser.waitFor("the light theme", d -> Colors.luminance(colours().get("bg")) > 0.8);
        assertContrast(colours());
    }

    private static void assertContrast(Map<String, String> c) {
        for (String fg : List.of("text", "muted", "link")) {
            double ratio = Colors.contrast(c.get(fg), c.get("card"));
            assertTrue(ratio >= 4.5, fg + " on cards has contrast " + ratio + " (WCAG AA needs 4.5): " + c);
        }
        assertTrue(Colors.contrast(c.get("text"), c.get("bg")) >= 4.5, "text on the page background: " + c);
    }

    @Test
    void everyPageInBothThemesOnDesktopAndPhone() throws IOException {
        List<String[]> pages = pages();
        List<String> problems = new ArrayList<>();
        int[][] viewports = {{0, 0}, {390, 844}, {360, 740}};
        for (String theme : THEMES) {
            browser.colorScheme(theme);
            for (int[] size : viewports) {
                browser.viewport(size[0], size[1]);
                String device = size[0] == 0 ? "desktop" : "phone" + size[0];
                for (String[] page : pages) {
                    browser.open(page[1]);
                    browser.waitFor(page[0] + " to settle", Pages::settled);
                    if (size[0] != 360) {
                        browser.screenshot(page[0] + "-" + theme + "-" + device);
                    }
                    Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth");
                    if (((Number) overflow).intValue() > 0) {
                        problems.add(page[0] + " scrolls sideways by " + overflow + " px at " + device + " (" + theme + ")");
                    }
                    if (!browser.driver().getTitle().endsWith("· Limber")) {
                        problems.add(page[0] + " has the title '" + browser.driver().getTitle() + "'");
                    }
                    for (String error : browser.consoleErrors()) {
                        // The unknown address is answered with status 404 on purpose; Chromium logs that.
                        if (!(page[0].equals("not-found") && error.contains("404"))) {
                            problems.add(page[0] + " logged: " + error);
                        }
                    }
                }
            }
        }
        for (String theme : THEMES) {
            browser.colorScheme(theme);
            browser.viewport(390, 844);
            browser.open("/");
            browser.waitFor("the list", Pages::settled);
            browser.driver().findElement(By.cssSelector(".filters summary")).click();
            browser.waitForElement("the open filters", By.cssSelector(".filters[open] input[name='inBed']"));
            browser.screenshot("exercises-filters-" + theme + "-phone390");
        }
        browser.viewport(0, 0);
        browser.colorScheme("light");
        assertEquals(List.of(), problems);
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** Every page, with real ids taken from the running catalog. */
    private static List<String[]> pages() {
        browser.viewport(0, 0);
        browser.open("/guidance");
        String article = browser.waitForElement("an article link", By.cssSelector(".articles .card-link")).getAttribute("href");
        return List.of(
                new String[] {"exercises", "/"},
                new String[] {"exercises-in-bed", "/?inBed=true"},
                new String[] {"exercise", "/exercises/" + ExercisePageIT.EXERCISE_ID},
                new String[] {"guidance", "/guidance"},
                new String[] {"article", article.substring(article.indexOf("/guidance/"))},
                new String[] {"safety", "/safety"},
                new String[] {"packs", "/packs"},
                new String[] {"about", "/about"},
                new String[] {"not-found", "/no-such-page"});
    }
}
