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

    /** Controls without a label, an aria-label or text (their HTML). */
    @SuppressWarnings("unchecked")
    static List<String> unlabelledControls(Browser browser) {
        return (List<String>) browser.js("return [...document.querySelectorAll('input, select, textarea, button')]"
                + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())"
                + ".map(c => c.outerHTML)");
    }

    /** Visible text in main below 4.5:1 contrast against the box behind it (WCAG AA), at most ten. */
    @SuppressWarnings("unchecked")
    static List<String> lowContrastText(Browser browser) {
        return (List<String>) browser.js("""
                const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
                const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const bg = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                  if (c.length >= 3 && (c.length < 4 || c[3] > 0.9)) return c; } return [255, 255, 255]; };
                const out = [];
                for (const e of document.querySelectorAll('main label, main legend, main p, main a, main button, main h1, main h2, main h3, main h4, main dt, main dd, main th, main td, main summary, main li')) {
                  if (!e.offsetParent || !e.textContent.trim() || e.closest('.visually-hidden') || e.disabled) continue;
                  const s = getComputedStyle(e);
                  if (s.visibility === 'hidden' || Number(s.opacity) < 1) continue;
                  const f = lum(rgb(s.color)), b = lum(bg(e));
                  const ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
                  if (ratio < 4.5) out.push(e.tagName + ' "' + e.textContent.trim().slice(0, 40) + '" ' + ratio.toFixed(2));
                }
                return out.slice(0, 10);
                """);
    }
}
