package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The insights page: charts drawn by Chart.js in both themes (screenshots), their text alternatives, and the notes. */
class InsightsIT extends BrowserTest {

    private static final String[] EXTENTS = {"foot", "below-knee", "thigh", "thigh", "buttock", "buttock", "none"};

    // Counts painted pixels, and pixels close to a colour (the leg-pain series), on a canvas.
    private static final String PIXELS = "const c = arguments[0]; const [r, g, b] = arguments[1];"
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let painted = 0, series = 0;"
            + "for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0) { painted++;"
            + " if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 90) series++; } }"
            + "return [painted, series, c.width * c.height];";

    @AfterEach
    void reset() {
        browser.viewport(0, 0);
        browser.colorScheme("light");
    }

    @Test
    void chartsRenderInBothThemesWithTextAlternatives() throws IOException {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "in");
        String stopName = seed(Accounts.api(limber, user));
        Accounts.signIn(browser, user);
        browser.consoleErrors();

        for (String theme : new String[] {"light", "dark"}) {
            browser.colorScheme(theme);
            browser.open("/insights");
            awaitCharts();
            browser.screenshot("insights-charts-" + theme + "-desktop");
            assertChartsArePainted(theme);
        }
        browser.viewport(390, 844);
        browser.open("/insights");
        awaitCharts();
        browser.screenshot("insights-charts-dark-phone390");
        Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling on a phone");

        for (WebElement canvas : browser.all(By.cssSelector("figure.chart canvas"))) {
            assertEquals("img", canvas.getAttribute("role"));
            assertTrue(canvas.getAttribute("aria-label").matches("(?s).*\\d.*"), "the label states the figures: " + canvas.getAttribute("aria-label"));
        }
        assertFalse(browser.all(By.cssSelector("#pain-trend .chart-table tbody tr")).isEmpty(), "the pain trend's figures are in a table");

        WebElement stop = browser.driver().findElement(By.cssSelector(".stop-these"));
        assertTrue(stop.getText().contains("Stop this one") && stop.getText().contains(stopName), stop.getText());
        assertFalse(browser.all(By.cssSelector(".notes .note")).isEmpty(), "plain-language notes are listed");
        assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("favicon")).toList(),
                "nothing was blocked by the Content-Security-Policy");
    }

    private static void awaitCharts() {
        browser.waitFor("four charts drawn", d -> d.findElements(By.cssSelector("figure.chart[data-chart-ready='true']")).size() == 4);
    }

    @SuppressWarnings("unchecked")
    private static void assertChartsArePainted(String theme) {
        String leg = (String) browser.js("return getComputedStyle(document.documentElement).getPropertyValue('--chart-leg').trim()");
        int[] rgb = {Integer.parseInt(leg.substring(1, 3), 16), Integer.parseInt(leg.substring(3, 5), 16), Integer.parseInt(leg.substring(5, 7), 16)};
        for (WebElement figure : browser.all(By.cssSelector("figure.chart"))) {
            WebElement canvas = figure.findElement(By.tagName("canvas"));
            List<Number> pixels = (List<Number>) browser.js(PIXELS, canvas, List.of(rgb[0], rgb[1], rgb[2]));
            long painted = pixels.get(0).longValue();
            long total = pixels.get(2).longValue();
            assertTrue(total > 10_000, figure.getAttribute("id") + " has a real size: " + total + " pixels");
            assertTrue(painted > total / 100, figure.getAttribute("id") + " (" + theme + ") is drawn: " + painted + " of " + total + " pixels painted");
            if ("pain-trend".equals(figure.getAttribute("id"))) {
                assertTrue(pixels.get(1).longValue() > 50, "the leg-pain line is drawn in its colour " + leg + " (" + theme + "): " + pixels);
            }
        }
    }

    /** Two weeks of check-ins whose leg pain retreats, and sessions; one exercise made the pain spread. Answers its name. */
    private static String seed(LimberApi api) {
        List<Map<String, Object>> exercises = LimberApi.items(api.expect(200, "GET", "/api/v1/exercises?sort=name&size=3", null));
        Map<String, Object> helping = exercises.get(0);
        Map<String, Object> spreading = exercises.get(1);
        Instant now = Instant.now();
        for (int day = 14; day >= 1; day--) {
            Instant at = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(2));
            api.expect(201, "POST", "/api/v1/journal/check-ins", Map.of("at", at.toString(), "backPain", 3 + day / 3,
                    "legPain", Math.min(10, day / 2 + 1), "legExtent", EXTENTS[Math.min(EXTENTS.length - 1, (14 - day) / 2)]));
            if (day % 2 == 0) {
                List<Map<String, Object>> done = new ArrayList<>();
                done.add(exercise(helping, day % 4 == 0 ? "eased" : "centralized"));
                if (day <= 4) {
                    done.add(exercise(spreading, "spread"));
                }
                api.expect(201, "POST", "/api/v1/journal/sessions", Map.of("at", at.plus(Duration.ofMinutes(30)).toString(),
                        "durationMinutes", 10, "exercises", done));
            }
        }
        return (String) spreading.get("name");
    }

    private static Map<String, Object> exercise(Map<String, Object> exercise, String response) {
        Map<String, Object> done = new HashMap<>();
        done.put("exerciseId", exercise.get("id"));
        done.put("name", exercise.get("name"));
        done.put("outcome", "done");
        done.put("sets", 1);
        done.put("reps", 3);
        done.put("holdSeconds", 20);
        done.put("sides", "both");
        done.put("response", response);
        return done;
    }
}
