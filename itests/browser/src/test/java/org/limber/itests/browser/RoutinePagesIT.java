package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The routine, reminder and player pages in light and dark, on desktop and phones: no sideways scrolling, a title,
 * every control labelled, readable text, nothing blocked by the Content-Security-Policy; screenshots in
 * target/screenshots/.
 */
class RoutinePagesIT extends BrowserTest {

    @AfterEach
    void desktop() {
        browser.viewport(0, 0);
        browser.colorScheme("light");
    }

    @Test
    void everyRoutinePageInBothThemesOnDesktopAndPhone() throws IOException {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "rl");
        LimberApi api = Accounts.api(limber, user);
        long id = Routines.create(api, "Gentle evening", List.of(
                Routines.shortHold(Routines.KNEE_TO_CHEST, 20), Routines.item(Routines.PELVIC_TILT, null, null, 2, null)));
        api.expect(200, "PUT", "/api/v1/reminders/routines/" + id, Map.of("times", List.of("07:30", "21:00"),
                "channelIds", List.of("browser"), "enabled", true));
        Accounts.signIn(browser, user);
        String[][] pages = {
            {"routines", "/routines"}, {"routine-new", "/routines/new"}, {"routine-edit", "/routines/" + id + "/edit"},
            {"my-exercises", "/routines/my-exercises"}, {"reminders", "/reminders"}, {"delivery-log", "/reminders/log"},
            {"player-intro", "/routines/" + id + "/play"},
        };
        browser.consoleErrors();
        List<String> problems = new ArrayList<>();
        int[][] viewports = {{0, 0}, {390, 844}, {360, 740}};
        for (String theme : new String[] {"light", "dark"}) {
            browser.colorScheme(theme);
            for (int[] size : viewports) {
                browser.viewport(size[0], size[1]);
                String device = size[0] == 0 ? "desktop" : "phone" + size[0];
                for (String[] page : pages) {
                    browser.open(page[1]);
                    browser.waitFor(page[0] + " to settle", Pages::settled);
                    check(page[0] + " (" + theme + ", " + device + ")", size[0], problems);
                    if (size[0] != 360) {
                        browser.screenshot(page[0] + "-" + theme + "-" + device);
                    }
                }
                // The player while it plays.
                browser.open("/routines/" + id + "/play");
                browser.tap(browser.waitForElement("Start", By.cssSelector(".start-button")));
                Routines.awaitStep(browser, "ready", "Knee to chest");
                check("player (" + theme + ", " + device + ")", size[0], problems);
                if (size[0] != 360) {
                    browser.screenshot("player-ready-" + theme + "-" + device);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Phones are emulated as mobile, where a too wide page widens the layout viewport: compare with the phone's width. */
    private static void check(String page, int width, List<String> problems) {
        Object overflow = browser.js("return document.documentElement.scrollWidth - (arguments[0] || window.innerWidth)", width);
        if (((Number) overflow).intValue() > 0) {
            problems.add(page + " scrolls sideways by " + overflow + " px");
        }
        if (!browser.driver().getTitle().endsWith("· Limber")) {
            problems.add(page + " has the title '" + browser.driver().getTitle() + "'");
        }
        List<String> unlabelled = Pages.unlabelledControls(browser);
        if (!unlabelled.isEmpty()) {
            problems.add(page + " has unlabelled controls: " + unlabelled);
        }
        List<String> low = Pages.lowContrastText(browser);
        if (!low.isEmpty()) {
            problems.add(page + " has text below 4.5:1 contrast: " + low);
        }
        for (String error : browser.consoleErrors()) {
            problems.add(page + " logged: " + error);
        }
    }
}
