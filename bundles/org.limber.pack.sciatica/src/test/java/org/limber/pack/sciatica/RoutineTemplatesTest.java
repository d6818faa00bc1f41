package org.limber.pack.sciatica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pack's routine templates carry the routines of the facts checklist (/work/shared/seeds/FACTS.md, "Routines
 * and frequency" and "Progression phases") with the doses the sources give.
 */
class RoutineTemplatesTest {
    private static JsonNode pack;

    /** One expected item: exercise id and the dose numbers it must state (null: must be left to the exercise). */
    record Item(String exerciseId, Integer holdSeconds, Integer reps, Integer minutes, Boolean perSide) {
    }

    @BeforeAll
    static void load() throws IOException {
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        pack = new ObjectMapper().readTree(moduleDir.resolve("src/main/resources/pack/sciatica.pack.json").toFile());
    }

    @Test
    void threeTemplatesWithUniqueIds() {
        assertEquals(List.of("bedtime-in-bed", "gentle-daily", "acute-phase"),
                list(pack.get("templates")).stream().map(t -> t.get("id").asText()).toList());
    }

    @Test
    void everyExerciseIdAndSourceIsThisPacks() {
        Set<String> exercises = new HashSet<>(list(pack.get("exercises")).stream().map(e -> e.get("id").asText())
                .toList());
        Set<String> sources = new HashSet<>(list(pack.get("sources")).stream().map(s -> s.get("id").asText())
                .toList());
        for (JsonNode template : list(pack.get("templates"))) {
            assertFalse(list(template.get("sources")).isEmpty(), template.get("id").asText());
            for (JsonNode source : list(template.get("sources"))) {
                assertTrue(sources.contains(source.asText()), source.asText());
            }
            for (JsonNode section : list(template.get("sections"))) {
                for (JsonNode item : list(section.get("items"))) {
                    assertTrue(exercises.contains(item.get("exerciseId").asText()), item.toString());
                }
            }
        }
    }

    @Test
    void bedtimeRoutineIsTwoOrThreeInBedStretchesForFiveToTenMinutes() {
        JsonNode bedtime = template("bedtime-in-bed");

        assertMinutes(bedtime, 5, 10);
        assertEquals(List.of("acute", "subacute", "recovery"), texts(bedtime.get("phases")));
        assertEquals(List.of("s000"), texts(bedtime.get("sources")));
        List<JsonNode> items = items(bedtime);
        assertTrue(items.size() >= 2 && items.size() <= 3, "2-3 stretches to start, has " + items.size());
        for (JsonNode item : items) {
            JsonNode exercise = exercise(item.get("exerciseId").asText());
            assertTrue(exercise.get("inBed").asBoolean(), item + " must work in bed");
            assertEquals("stretch", exercise.get("category").asText(), item.toString());
            assertTrue(item.get("perSide").asBoolean(), item + " is stretched on both sides");
            int hold = item.get("holdSeconds").asInt();
            assertTrue(hold >= 20 && hold <= 45, item + ": holds of 20-45 seconds");
        }
        assertAdvice(bedtime, "habit", "reminder", "journal", "both sides", "medium-firm", "pillow", "towel",
                "loose", "dim");
    }

    @Test
    void gentleDailyRoutineHasTheFiveSectionsAndDosesOfTheSource() {
        JsonNode daily = template("gentle-daily");

        assertMinutes(daily, 10, 15);
        assertEquals(List.of("subacute", "recovery"), texts(daily.get("phases")));
        assertEquals(List.of("warm-up", "stretching", "strengthening", "mobility", "finish"),
                list(daily.get("sections")).stream().map(s -> s.get("kind").asText()).toList());
        assertSection(daily, 0, new Item("walking", null, null, 2, null), new Item("pelvic-tilt", null, 15, null, null));
        assertSection(daily, 1, new Item("knee-to-chest", 30, null, null, true),
                new Item("lying-piriformis", 45, null, null, true), new Item("mckenzie-press-up", null, 10, null, null));
        assertSection(daily, 2, new Item("bird-dog", null, 8, null, true), new Item("glute-bridge", null, 12, null, null));
        assertSection(daily, 3, new Item("cat-cow", null, 10, null, null),
                new Item("sciatic-nerve-glide", null, 10, null, null));
        assertSection(daily, 4, new Item("walking", null, null, null, null));

        String pressUpNote = list(list(daily.get("sections")).get(1).get("items")).get(2).path("note").asText()
                .toLowerCase(Locale.ROOT);
        assertTrue(pressUpNote.contains("only if it helps") && pressUpNote.contains("centralize")
                && pressUpNote.contains("decrease"), pressUpNote);
        assertAdvice(daily, "warm up", "water", "cool down", "two or three days a week", "rest day", "sore");
    }

    @Test
    void acutePhaseRoutineIsGentleMovementAndWalking() {
        JsonNode acute = template("acute-phase");

        assertEquals(List.of("acute"), texts(acute.get("phases")));
        Set<String> used = new HashSet<>();
        for (JsonNode item : items(acute)) {
            String id = item.get("exerciseId").asText();
            used.add(id);
            assertFalse(exercise(id).get("category").asText().equals("strengthening"),
                    id + ": no strengthening while pain is high");
            assertTrue(texts(exercise(id).get("phases")).contains("acute") || id.equals("sciatic-nerve-glide"),
                    id + " suits the acute phase (the nerve glide only very gently, as its note says)");
        }
        assertTrue(used.contains("walking"), "walking as tolerated");
        assertTrue(list(acute.get("sections")).stream().noneMatch(s -> s.get("kind").asText().equals("strengthening")));
        assertAdvice(acute, "gentle movement", "short walks", "comfortable", "spread down your leg");
    }

    private static void assertSection(JsonNode template, int index, Item... expected) {
        List<JsonNode> items = list(list(template.get("sections")).get(index).get("items"));
        assertEquals(expected.length, items.size(), "section " + index);
        for (int i = 0; i < expected.length; i++) {
            Item want = expected[i];
            JsonNode item = items.get(i);
            assertEquals(want.exerciseId(), item.get("exerciseId").asText(), "section " + index + " item " + i);
            assertNumber(want.holdSeconds(), item, "holdSeconds");
            assertNumber(want.reps(), item, "reps");
            assertNumber(want.minutes(), item, "minutes");
            if (want.perSide() != null) {
                assertEquals(want.perSide(), item.path("perSide").asBoolean(), item.toString());
            }
        }
    }

    private static void assertNumber(Integer expected, JsonNode item, String field) {
        if (expected == null) {
            assertFalse(item.has(field), item + " should leave " + field + " to the exercise");
        } else {
            assertEquals(expected, item.path(field).asInt(), item + " " + field);
        }
    }

    private static void assertMinutes(JsonNode template, int min, int max) {
        assertEquals(min, template.get("minutes").get("min").asInt());
        assertEquals(max, template.get("minutes").get("max").asInt());
    }

    private static void assertAdvice(JsonNode template, String... facts) {
        String advice = String.join("\n", texts(template.get("advice"))).toLowerCase(Locale.ROOT);
        for (String fact : facts) {
            assertTrue(advice.contains(fact), template.get("id").asText() + " advice should mention '" + fact + "'");
        }
    }

    private static JsonNode template(String id) {
        return list(pack.get("templates")).stream().filter(t -> id.equals(t.get("id").asText())).findFirst()
                .orElseGet(() -> fail("missing template " + id));
    }

    private static JsonNode exercise(String id) {
        return list(pack.get("exercises")).stream().filter(e -> id.equals(e.get("id").asText())).findFirst()
                .orElseGet(() -> fail("missing exercise " + id));
    }

    private static List<JsonNode> items(JsonNode template) {
        return list(template.get("sections")).stream().flatMap(s -> list(s.get("items")).stream()).toList();
    }

    private static List<JsonNode> list(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(node.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }
}
