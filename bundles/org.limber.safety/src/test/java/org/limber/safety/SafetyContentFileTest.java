package org.limber.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shape and the key facts of the core safety content file. */
class SafetyContentFileTest {

    private static final String RESOURCE = "/safety/safety-content.json";
    private static final String SLUG = "^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$";
    private static final Map<String, Integer> SEVERITY = Map.of("emergency", 0, "urgent", 1, "see-professional", 2);

    private static JsonNode content;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SafetyContentFileTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " must be on the class path");
            content = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void hasExactlyTheExpectedTopLevelShape() {
        Set<String> keys = new HashSet<>();
        content.fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.of("notice", "redFlags", "stopRules", "articles", "sources"), keys);
        JsonNode notice = content.get("notice");
        assertFalse(notice.path("title").asText().isBlank());
        String shortText = notice.path("shortText").asText();
        assertFalse(shortText.isBlank());
        assertFalse(shortText.contains("\n"), "the footer text is one line");
        assertTrue(shortText.toLowerCase(Locale.ROOT).contains("not medical advice"));
        assertTrue(notice.get("paragraphs").isArray() && notice.get("paragraphs").size() >= 1);
    }

    @Test
    void everyRedFlagIsCompleteAndOrderedMostUrgentFirst() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int previous = -1;
        for (JsonNode flag : content.get("redFlags")) {
            String id = flag.path("id").asText();
            if (!id.matches(SLUG)) problems.add("bad id " + id);
            if (!ids.add(id)) problems.add("duplicate id " + id);
            for (String field : List.of("title", "description")) {
                if (flag.path(field).asText().isBlank()) problems.add(id + " has no " + field);
            }
            Integer severity = SEVERITY.get(flag.path("urgency").asText());
            if (severity == null) {
                problems.add(id + " has urgency '" + flag.path("urgency").asText() + "'");
            } else {
                if (severity < previous) problems.add(id + " is out of order (most urgent first)");
                previous = severity;
            }
            if (list(flag.get("sources")).isEmpty()) problems.add(id + " cites no source");
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void bladderAndBowelChangesAreAnEmergency() {
        JsonNode flag = redFlag("bladder-bowel-changes");
        assertEquals("emergency", flag.get("urgency").asText());
        String text = (flag.get("title").asText() + " " + flag.get("description").asText()).toLowerCase(Locale.ROOT);
        assertTrue(text.contains("bladder") && text.contains("bowel"));
        assertTrue(texts(flag.get("sources")).contains("s003"));
    }

    @Test
    void caudaEquinaWarningSignsAreEmergenciesCitingAGuideline() {
        for (String id : List.of("saddle-numbness", "urinary-difficulty", "loss-of-bowel-control",
                "sexual-dysfunction", "both-legs")) {
            JsonNode flag = redFlag(id);
            assertEquals("emergency", flag.get("urgency").asText(), id);
            assertTrue(texts(flag.get("sources")).stream().anyMatch(s -> s.startsWith("nhs") || s.startsWith("nice")),
                    id + " should cite the clinical source it comes from");
        }
        String saddle = redFlag("saddle-numbness").get("description").asText().toLowerCase(Locale.ROOT);
        assertTrue(saddle.contains("saddle") && saddle.contains("genitals"));
    }

    @Test
    void theSourceArticlesRedFlagsAreAllPresent() {
        String all = joinedText(content.get("redFlags"));
        for (String fact : List.of("severe", "worse", "weakness", "numbness", "2" + "\u2013" + "4 weeks",
                "not sure what is causing")) {
            assertTrue(all.contains(fact), "red flags should cover '" + fact + "'");
        }
        assertEquals("urgent", redFlag("significant-weakness").get("urgency").asText());
        assertEquals("see-professional", redFlag("no-improvement").get("urgency").asText());
    }

    @Test
    void stopRulesCoverTheSourcesRules() {
        String all = joinedText(content.get("stopRules"));
        for (String fact : List.of("sharp", "worsening", "new", "radiating", "peripheralization", "centralization",
                "never force", "rest for a day", "small steps")) {
            assertTrue(all.contains(fact), "stop rules should cover '" + fact + "'");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : content.get("stopRules")) {
            assertTrue(rule.path("id").asText().matches(SLUG), rule.toString());
            assertTrue(ids.add(rule.get("id").asText()), "duplicate " + rule.get("id"));
            assertFalse(rule.path("text").asText().isBlank());
            assertFalse(list(rule.get("sources")).isEmpty(), rule.get("id") + " cites no source");
        }
    }

    @Test
    void theThreeSafetyArticlesAreWellFormed() {
        Set<String> ids = new HashSet<>();
        for (JsonNode article : content.get("articles")) {
            String id = article.path("id").asText();
            assertTrue(id.matches(SLUG), id);
            assertTrue(ids.add(id), "duplicate " + id);
            for (String field : List.of("title", "summary", "topic")) {
                assertFalse(article.path(field).asText().isBlank(), id + " needs " + field);
            }
            assertFalse(list(article.get("blocks")).isEmpty(), id + " has no blocks");
            for (JsonNode block : article.get("blocks")) {
                String kind = block.path("kind").asText();
                if (kind.equals("bullets") || kind.equals("steps")) {
                    assertFalse(list(block.get("items")).isEmpty(), id + ": " + kind + " without items");
                } else {
                    assertTrue(Set.of("paragraph", "heading", "callout").contains(kind), id + ": kind " + kind);
                    assertFalse(block.path("text").asText().isBlank(), id + ": " + kind + " without text");
                }
            }
        }
        assertTrue(ids.containsAll(Set.of("when-to-see-a-professional", "not-medical-advice", "stopping-safely")),
                "articles: " + ids);
    }

    @Test
    void everySourceIdUsedIsDeclared() {
        Set<String> declared = new HashSet<>();
        for (JsonNode source : content.get("sources")) {
            assertTrue(declared.add(source.get("id").asText()), "duplicate source " + source.get("id"));
            assertFalse(source.path("title").asText().isBlank());
        }
        assertTrue(declared.containsAll(Set.of("s000", "s001", "s002", "s003", "s004", "nice-ng59")));
        assertTrue(content.get("sources").toString().contains("National Institute for Health and Care Excellence"));
        List<String> undeclared = new ArrayList<>();
        for (String section : List.of("redFlags", "stopRules", "articles")) {
            for (JsonNode item : content.get(section)) {
                texts(item.get("sources")).stream().filter(s -> !declared.contains(s))
                        .forEach(s -> undeclared.add(section + "/" + item.get("id").asText() + " -> " + s));
            }
        }
        assertTrue(undeclared.isEmpty(), () -> "undeclared sources: " + undeclared);
    }

    private static JsonNode redFlag(String id) {
        return list(content.get("redFlags")).stream().filter(f -> id.equals(f.path("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("missing red flag " + id));
    }

    private static String joinedText(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : array) {
            item.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) sb.append(e.getValue().asText()).append('\n');
            });
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static List<JsonNode> list(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : StreamSupport.stream(node.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }
}
