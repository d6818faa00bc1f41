package org.limber.itests.browser;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Routines for the browser tests: made through the API where a test is not about making them, and the player's state. */
final class Routines {

    static final String KNEE_TO_CHEST = "sciatica.knee-to-chest";
    static final String PELVIC_TILT = "sciatica.pelvic-tilt";
    static final String SUPINE_TWIST = "sciatica.supine-twist";
    static final List<String> EVERY_DAY = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private Routines() {
    }

    /** A routine item with a dose override; null fields keep the exercise's default. */
    static Map<String, Object> item(String exerciseId, Integer holdSeconds, Integer reps, Integer sets, Boolean perSide) {
        Map<String, Object> dose = new LinkedHashMap<>();
        dose.put("holdSeconds", holdSeconds);
        dose.put("reps", reps);
        dose.put("sets", sets);
        dose.put("perSide", perSide);
        dose.put("restSeconds", null);
        dose.put("minutes", null);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("exerciseId", exerciseId);
        item.put("dose", dose);
        item.put("note", null);
        return item;
    }

    /** A short item: one hold of the given seconds, one set, not sided. */
    static Map<String, Object> shortHold(String exerciseId, int seconds) {
        return item(exerciseId, seconds, 1, 1, false);
    }

    /** Creates a routine of one stretching section, planned every day; answers its id. */
    static long create(LimberApi api, String name, List<Map<String, Object>> items) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("kind", "stretching");
        section.put("title", null);
        section.put("items", items);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("notes", null);
        body.put("days", EVERY_DAY);
        body.put("sections", List.of(section));
        body.put("keptDespiteStop", List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> routine = (Map<String, Object>) api.expect(201, "POST", "/api/v1/routines", body).get("routine");
        return LimberApi.id(routine);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sessions(LimberApi api) {
        return LimberApi.items(api.expect(200, "GET", "/api/v1/journal/sessions", null));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> exercisesOf(Map<String, Object> session) {
        return (List<Map<String, Object>>) session.get("exercises");
    }

    /** "HH:MM" of the next whole minute in UTC, or the one after when this one is about to pass. */
    static String nextMinuteUtc() {
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        LocalTime next = now.withSecond(0).withNano(0).plusMinutes(now.getSecond() >= 50 ? 2 : 1);
        return next.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The player's current step (ready, hold, count, ...) and exercise, or null when it is not playing. */
    static String playerState(Browser browser) {
        List<WebElement> player = browser.all(By.cssSelector(".player[data-step]"));
        if (player.isEmpty()) {
            return null;
        }
        return player.get(0).getAttribute("data-step") + ":" + player.get(0).findElement(By.cssSelector(".player-exercise")).getText();
    }

    /** Waits until the player shows this step of this exercise. */
    static void awaitStep(Browser browser, String step, String exercise) {
        String wanted = step + ":" + exercise;
        browser.waitFor("the player to show " + wanted, d -> wanted.equals(playerState(browser)));
    }

    /** Sets a time (or other) input as typing would, firing its input event. */
    static void setInput(Browser browser, WebElement input, String value) {
        browser.js("const i = arguments[0];"
                + "Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(i, arguments[1]);"
                + "i.dispatchEvent(new Event('input', {bubbles: true}));", input, value);
    }
}
