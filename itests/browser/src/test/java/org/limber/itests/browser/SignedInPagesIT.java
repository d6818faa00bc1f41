package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The account and journal pages in light and dark, on desktop and phones: no sideways scrolling, a title, every
 * control labelled, nothing blocked by the Content-Security-Policy, readable text; screenshots in target/screenshots/.
 */
class SignedInPagesIT extends BrowserTest {

    private static final String[][] SIGNED_OUT = {
        {"sign-in", "/sign-in"}, {"sign-up", "/sign-up"}, {"setup", "/setup"},
    };
    private static final String[][] SIGNED_IN = {
        {"check-in", "/check-in"}, {"journal", "/journal"}, {"new-session", "/journal/new-session"},
        {"insights", "/insights"}, {"account", "/account"}, {"admin", "/admin"},
    };

    @Test
    void everyNewPageInBothThemesOnDesktopAndPhone() throws IOException {
        Accounts.Credentials admin = Accounts.admin(browser, limber);
        LimberApi api = Accounts.api(limber, admin);
        api.expect(201, "POST", "/api/v1/journal/check-ins", Map.of("backPain", 3, "legPain", 4, "legExtent", "buttock", "notes", "layout"));
        List<String> problems = new ArrayList<>();
        browser.driver().manage().deleteAllCookies();
        visit(SIGNED_OUT, problems);
        Accounts.signIn(browser, admin);
        visit(SIGNED_IN, problems);
        browser.viewport(0, 0);
        browser.colorScheme("light");
        assertEquals(List.of(), problems);
    }

    private static void visit(String[][] pages, List<String> problems) throws IOException {
        int[][] viewports = {{0, 0}, {390, 844}, {360, 740}};
        for (String theme : new String[] {"light", "dark"}) {
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
                    Object unlabelled = browser.js("return [...document.querySelectorAll('input, select, textarea, button')]"
                            + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())"
                            + ".map(c => c.outerHTML)");
                    if (!((List<?>) unlabelled).isEmpty()) {
                        problems.add(page[0] + " has unlabelled controls: " + unlabelled);
                    }
                    Object lowContrast = browser.js(CONTRAST);
                    if (!((List<?>) lowContrast).isEmpty()) {
                        problems.add(page[0] + " (" + theme + ") has text below 4.5:1 contrast: " + lowContrast);
                    }
                    for (String error : browser.consoleErrors()) {
                        problems.add(page[0] + " logged: " + error);
                    }
                }
            }
        }
        if (browser.all(By.cssSelector("main h1")).isEmpty()) {
            problems.add("no main heading");
        }
    }

    // Text of labels, legends, hints, buttons and links against the colour of the box behind it (WCAG AA: 4.5).
    private static final String CONTRAST = """
            const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
            const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const bg = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length >= 3 && (c.length < 4 || c[3] > 0.9)) return c; } return [255, 255, 255]; };
            const out = [];
            for (const e of document.querySelectorAll('main label, main legend, main p, main a, main button, main h1, main h2, main h3, main dt, main dd, main th, main td, main summary')) {
              if (!e.offsetParent || !e.textContent.trim() || e.closest('.visually-hidden') || e.disabled) continue;
              const s = getComputedStyle(e);
              if (s.visibility === 'hidden' || Number(s.opacity) < 1) continue;
              const f = lum(rgb(s.color)), b = lum(bg(e));
              const ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
              if (ratio < 4.5) out.push(e.tagName + ' "' + e.textContent.trim().slice(0, 40) + '" ' + ratio.toFixed(2));
            }
            return out.slice(0, 10);
            """;
}
