package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.json.Json;

/** A pack file dropped into deploy/ shows up in the open page without a reload, and goes when it is removed. */
class HotDeployIT extends BrowserTest {

    private static final Duration DEPLOY_WAIT = Duration.ofSeconds(90);

    @Test
    void deployedPackAppearsLiveAndDisappearsWhenRemoved() throws IOException {
        Path pack = Path.of(System.getProperty("limber.deskBreakPack", "missing"));
        assertTrue(Files.isRegularFile(pack), "the desk-break sample pack is needed at " + pack);
        Path deployDir = limber.deployDir().orElseThrow(() -> new AssertionError("no deploy folder (set -Dlimber.home)"));
        String name = firstExerciseName(pack);

        browser.open("/?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        browser.waitFor("the list to load", Pages::resultCount);
        assertFalse(Pages.cardNames(browser.driver()).contains(name), "'" + name + "' is not in the catalog before deploying");
        browser.js("window.__sameDocument = true; window.__statusSeen = [];"
                + "new MutationObserver(() => window.__statusSeen.push(document.querySelector('.live-status').textContent))"
                + ".observe(document.querySelector('.live-status'), {childList: true, subtree: true, characterData: true});");

        Path deployed = deployDir.resolve(pack.getFileName());
        Files.copy(pack, deployed);
        try {
            browser.waitFor("'" + name + "' to appear after deploying " + deployed.getFileName() + "\n" + limber.logTail(),
                    DEPLOY_WAIT, d -> Pages.cardNames(d).contains(name));
            assertEquals(Boolean.TRUE, browser.js("return window.__sameDocument === true"), "the page was not reloaded");
            @SuppressWarnings("unchecked")
            List<String> seen = (List<String>) browser.js("return window.__statusSeen");
            assertTrue(seen.contains("Catalog updated"), "the live region said so: " + seen);
        } finally {
            Files.deleteIfExists(deployed);
        }

        browser.waitFor("'" + name + "' to disappear after removing the pack file", DEPLOY_WAIT,
                d -> Pages.resultCount(d) != null && !Pages.cardNames(d).contains(name));
        assertEquals(Boolean.TRUE, browser.js("return window.__sameDocument === true"), "the page was not reloaded");
    }

    @Test
    void aBrokenPackFileIsListedAsRejectedWithItsProblems() throws IOException {
        Path deployDir = limber.deployDir().orElseThrow(() -> new AssertionError("no deploy folder (set -Dlimber.home)"));
        browser.open("/packs");
        browser.waitForElement("the pack list", By.cssSelector("li.pack"));

        Path broken = deployDir.resolve("it-broken.pack.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"id\": \"it-broken\", \"version\": \"1.0.0\", \"name\": \"Broken\"}");
        try {
            // Read the card in one go: the list re-renders as pack events arrive.
            @SuppressWarnings("unchecked")
            Map<String, Object> card = browser.waitFor("the broken pack to be listed with its problems\n" + limber.logTail(),
                    DEPLOY_WAIT, d -> (Map<String, Object>) browser.js(
                            "const li = [...document.querySelectorAll('li.pack.state-rejected')]"
                            + ".find(p => p.textContent.includes('it-broken'));"
                            + "if (!li || !li.querySelector('.problems li')) return null;"
                            + "return {state: li.querySelector('.badge.pack-state').textContent,"
                            + " files: [...li.querySelectorAll('.problems .problem-file')].map(e => e.textContent),"
                            + " messages: [...li.querySelectorAll('.problems .problem-message')].map(e => e.textContent)};"));
            assertEquals("Rejected", card.get("state"));
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) card.get("files");
            @SuppressWarnings("unchecked")
            List<String> messages = (List<String>) card.get("messages");
            assertFalse(files.isEmpty(), "the report lists the problems");
            assertTrue(files.stream().allMatch(f -> f.contains("it-broken.pack.json")), "each problem names its file: " + files);
            assertTrue(messages.stream().noneMatch(String::isBlank), "each problem says what is wrong: " + messages);
            browser.screenshot("packs-rejected-light-desktop");
        } finally {
            Files.deleteIfExists(broken);
        }
        browser.waitFor("the broken pack to go after removing its file", DEPLOY_WAIT,
                d -> d.findElements(By.cssSelector("li.pack")).stream().noneMatch(p -> p.getText().contains("it-broken")));
    }

    @SuppressWarnings("unchecked")
    private static String firstExerciseName(Path pack) throws IOException {
        Map<String, Object> json = new Json().toType(Files.readString(pack), Map.class);
        List<Map<String, Object>> exercises = (List<Map<String, Object>>) json.get("exercises");
        assertFalse(exercises == null || exercises.isEmpty(), "the desk-break pack has exercises");
        return (String) exercises.get(0).get("name");
    }
}
