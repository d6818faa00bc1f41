package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reminders in the browser: a reminder that falls due shows in the open tab and as a notification; the reminders
 * page asks before following the device's time zone, sends a test, and makes and revokes the calendar feed.
 */
class RemindersIT extends BrowserTest {

    /** A plan's time is a whole minute, so the reminder falls due within about two minutes. */
    private static final Duration DUE = Duration.ofSeconds(150);

    // Records every notification the page makes, before the reminder arrives (the real one is made too).
    private static final String RECORD_NOTIFICATIONS = """
            window.limberNotifications = [];
            const Original = window.Notification;
            class Recording extends Original {
              constructor(title, options) {
                window.limberNotifications.push({ title, body: options && options.body, tag: options && options.tag });
                super(title, options);
              }
              static get permission() { return Original.permission; }
            }
            window.Notification = Recording;
            """;

    @AfterEach
    void reset() {
        cdp("Browser.resetPermissions", Map.of());
        cdp("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
    }

    @Test
    void aDueReminderShowsInTheTabAndAsANotification() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "rn");
        LimberApi api = Accounts.api(limber, user);
        long id = Routines.create(api, "Evening", List.of(Routines.shortHold(Routines.KNEE_TO_CHEST, 2)));
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("timeZone", "UTC");
        preferences.put("snoozeMinutes", 10);
        api.expect(200, "PUT", "/api/v1/reminders/preferences", preferences);
        Accounts.signIn(browser, user);
        grantNotifications();
        browser.open("/routines");
        browser.waitFor("the routines page", Pages::settled);
        browser.js(RECORD_NOTIFICATIONS);

        api.expect(200, "PUT", "/api/v1/reminders/routines/" + id, Map.of("times", List.of(Routines.nextMinuteUtc()),
                "channelIds", List.of("browser"), "enabled", true));

        WebElement alert = browser.waitFor("the reminder in the page", DUE,
                d -> d.findElements(By.cssSelector(".reminder-banner .reminder-alert")).stream().findFirst().orElse(null));
        assertTrue(alert.getText().contains("Time for your"), alert.getText());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shown = (List<Map<String, Object>>) browser.js("return window.limberNotifications");
        assertEquals(1, shown.size(), "one notification: " + shown);
        assertTrue(String.valueOf(shown.get(0).get("body")).contains("Time for your"), shown.toString());

        browser.tap(alert.findElement(By.xpath(".//button[normalize-space()='Snooze 10 min']")));
        browser.waitFor("the snooze to be confirmed", d -> alert.getText().contains("Snoozed until"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> upcoming = (List<Map<String, Object>>) api.expect(200, "GET", "/api/v1/reminders", null).get("upcoming");
        assertTrue(upcoming.stream().anyMatch(u -> Boolean.TRUE.equals(u.get("snoozed"))), upcoming.toString());

        browser.open("/reminders/log");
        WebElement delivery = browser.waitForElement("the delivery in the log", By.cssSelector(".delivery.status-delivered"));
        assertTrue(delivery.getText().contains("Evening") && delivery.getText().contains("browser"), delivery.getText());
        browser.tap(delivery.findElement(By.cssSelector(".attempts summary")));
        assertTrue(delivery.findElement(By.cssSelector(".attempt.outcome-delivered")).isDisplayed());
    }

    @Test
    void theRemindersPageAsksAboutTheTimeZoneTestsAChannelAndMakesACalendarFeed() throws IOException, InterruptedException {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "rp");
        LimberApi api = Accounts.api(limber, user);
        Routines.create(api, "Morning", List.of(Routines.shortHold(Routines.KNEE_TO_CHEST, 2)));
        Accounts.signIn(browser, user);
        cdp("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
        browser.open("/reminders");

        WebElement question = browser.waitForElement("the time zone question", By.cssSelector(".zone-question"));
        assertTrue(question.getText().contains("Europe/Berlin"), question.getText());
        assertTrue(browser.all(By.xpath("//button[normalize-space()='Allow notifications']")).size() == 1,
                "notifications can be asked for");
        browser.tap(question.findElement(By.xpath(".//button[normalize-space()='Use Europe/Berlin']")));
        browser.waitFor("the zone to be saved", d -> d.findElements(By.cssSelector(".zone-question")).isEmpty()
                && d.findElement(By.cssSelector(".reminder-preferences")).getText().contains("Preferences saved."));
        assertEquals("Europe/Berlin", api.expect(200, "GET", "/api/v1/reminders/preferences", null).get("timeZone"));

        WebElement channel = browser.waitForElement("the browser channel", By.cssSelector("li.channel[data-channel-id='browser']"));
        browser.tap(channel.findElement(By.xpath(".//button[normalize-space()='Send a test']")));
        WebElement outcome = browser.waitForElement("the test's outcome", By.cssSelector("li.channel[data-channel-id='browser'] .test-outcome.outcome-delivered"));
        assertTrue(outcome.getText().startsWith("Sent"), outcome.getText());

        browser.tap(By.xpath("//button[normalize-space()='Make a calendar link']"));
        String url = browser.waitFor("the calendar link", d -> {
            List<WebElement> field = d.findElements(By.id("calendar-url"));
            return field.isEmpty() ? null : field.get(0).getAttribute("value");
        });
        assertTrue(url.matches("https?://[^/]+/calendar/[^/]+\\.ics"), url);
        HttpResponse<String> feed = fetch(url);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().contains("BEGIN:VCALENDAR"), feed.body());
        browser.tap(By.xpath("//button[normalize-space()='Revoke the link']"));
        browser.waitForElement("no link any more", By.xpath("//button[normalize-space()='Make a calendar link']"));
        assertEquals(404, fetch(url).statusCode());

        grantNotifications();
        browser.open("/reminders");
        WebElement state = browser.waitForElement("the notification state", By.cssSelector(".notification-state"));
        assertTrue(state.getText().contains("Notifications are on"), state.getText());
    }

    private static void grantNotifications() {
        String origin = limber.baseUri().getScheme() + "://" + limber.baseUri().getAuthority();
        cdp("Browser.grantPermissions",
                Map.of("permissions", List.of("notifications"), "origin", origin));
    }

    private static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void cdp(String command, Map<String, ?> parameters) {
        ((ChromeDriver) browser.driver()).executeCdpCommand(command, new LinkedHashMap<String, Object>(parameters));
    }
}
