package org.limber.pack.sciatica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks the default sciatica pack against the pack schema and against the facts checklist
 * (/work/shared/seeds/FACTS.md), which the table below mirrors.
 */
class FactsCoverageTest {

    private static final String EN_DASH = "\u2013";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path moduleDir;
    private static Path packDir;
    private static JsonNode pack;
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        packDir = moduleDir.resolve("src/main/resources/pack");
        pack = JSON.readTree(packDir.resolve("sciatica.pack.json").toFile());
        Path schemaFile = moduleDir
                .resolve("../org.limber.pack.loader/src/main/resources/schema/limber-pack-2.schema.json").normalize();
        JsonNode schemaNode = JSON.readTree(schemaFile.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    // ------------------------------------------------------------------------------------------ (a) schema

    @Test
    void packValidatesAgainstTheSchema() {
        Set<ValidationMessage> errors = schema.validate(pack);
        assertTrue(errors.isEmpty(), () -> errors.size() + " schema error(s):\n" + errors.stream()
                .map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));
    }

    @Test
    void schemaCheckRejectsABrokenPack() {
        ObjectNode broken = pack.deepCopy();
        ObjectNode first = (ObjectNode) broken.get("exercises").get(0);
        first.remove("steps");
        first.put("category", "yoga");
        first.put("unexpected", true);
        Set<ValidationMessage> errors = schema.validate(broken);
        assertTrue(errors.size() >= 3, () -> "expected at least 3 errors, got " + errors);
    }

    @Test
    void packHeaderIsAsSpecified() {
        assertEquals(2, pack.get("schemaVersion").asInt());
        assertEquals("sciatica", pack.get("id").asText());
        assertEquals("1.1.0", pack.get("version").asText());
        assertEquals("CC-BY-4.0", pack.get("license").asText());
        assertEquals("en", pack.get("language").asText());
        assertEquals("limber-editorial", pack.get("phaseBasis").asText());
        assertEquals(List.of("s000", "s001", "s002", "s003", "s004"), ids(pack.get("sources")));
        for (JsonNode source : pack.get("sources")) {
            assertFalse(source.has("url"), "no source text contains a URL: " + source);
        }
    }

    // ------------------------------------------------------------------------------------------ (b) FACTS table

    /** An expected range; {@code upTo} means the source only gives a maximum ("up to 30 s"). */
    record R(int min, int max, boolean upTo) {
        static R of(int v) { return new R(v, v, false); }
        static R of(int min, int max) { return new R(min, max, false); }
        static R upTo(int max) { return new R(0, max, true); }

        boolean matches(JsonNode node) {
            if (node == null || node.isNull()) {
                return false;
            }
            int lo = node.isInt() ? node.asInt() : node.get("min").asInt();
            int hi = node.isInt() ? node.asInt() : node.get("max").asInt();
            return upTo ? hi == max && lo <= max : lo == min && hi == max;
        }

        @Override
        public String toString() { return upTo ? "up to " + max : min == max ? "" + min : min + EN_DASH + max; }
    }

    /** One source's dose; null range = the field must be absent. */
    record D(String source, String label, R hold, R reps, R minutes, boolean perSide) {
    }

    record Fact(String id, List<String> positions, boolean inBed, String category, List<String> sources,
                List<D> doses, List<String> safetyWords) {
    }

    private static D hold(String source, R hold, boolean perSide) { return new D(source, null, hold, null, null, perSide); }
    private static D reps(String source, R reps, boolean perSide) { return new D(source, null, null, reps, null, perSide); }

    private static final List<String> BACK = List.of("lying-on-back");
    private static final List<String> FRONT = List.of("lying-face-down");
    private static final List<String> SEATED = List.of("seated");
    private static final List<String> FOURS = List.of("hands-and-knees");
    private static final List<String> STANDING = List.of("standing");

    /** Mirrors the exercise table of FACTS.md. */
    static final List<Fact> FACTS = List.of(
            new Fact("knee-to-chest", BACK, true, "stretch", List.of("s000", "s001", "s002", "s003"), List.of(
                    hold("s000", R.of(20, 30), true),
                    new D("s000", "Both knees", R.upTo(60), null, null, false),
                    new D("s001", null, R.upTo(30), R.of(3), null, true),
                    new D("s001", "Both knees", R.of(30), null, null, false),
                    new D("s002", null, R.of(20, 30), R.of(2, 3), null, true),
                    hold("s003", R.of(20, 30), true)),
                    List.of("leg symptoms")),
            new Fact("lying-piriformis", BACK, false, "stretch", List.of("s002", "s003"), List.of(
                    new D("s002", null, R.of(20, 30), R.of(2, 3), null, true),
                    hold("s003", R.of(30, 60), true)),
                    List.of("gentler", "leave")),
            new Fact("seated-figure-four", SEATED, true, "stretch", List.of("s000", "s002"), List.of(
                    hold("s000", R.of(20, 30), true)),
                    List.of("forcing", "light stretch")),
            new Fact("sitting-pigeon", SEATED, false, "stretch", List.of("s001"), List.of(
                    hold("s001", R.of(10, 20), true)),
                    List.of("comfortable")),
            new Fact("cat-cow", FOURS, true, "mobility", List.of("s000", "s003"), List.of(
                    reps("s000", R.of(5, 10), false),
                    reps("s003", R.of(10), false)),
                    List.of("pad", "ranges")),
            new Fact("reclined-hamstring", BACK, true, "stretch", List.of("s000"), List.of(
                    hold("s000", R.of(20, 30), true)),
                    List.of("lock")),
            new Fact("standing-hamstring", STANDING, false, "stretch", List.of("s002"), List.of(),
                    List.of("forward bend")),
            new Fact("supine-twist", BACK, true, "stretch", List.of("s000"), List.of(
                    hold("s000", R.of(30, 45), true)),
                    List.of("pillow")),
            new Fact("seated-trunk-twist", SEATED, false, "stretch", List.of("s001", "s002"), List.of(
                    new D("s001", null, R.of(20, 30), R.of(2, 3), null, true),
                    hold("s002", R.of(15, 30), true)),
                    List.of("as far as is comfortable")),
            new Fact("childs-pose", List.of("kneeling"), false, "stretch", List.of("s001", "s002"), List.of(
                    hold("s001", R.upTo(30), false),
                    hold("s002", R.of(20, 60), false)),
                    List.of("force", "sharp pain")),
            new Fact("prone-extension", FRONT, false, "stretch", List.of("s001", "s002"), List.of(
                    new D("s001", null, R.of(10, 30), R.of(10), null, false)),
                    List.of("low lift", "spreads")),
            new Fact("mckenzie-press-up", FRONT, false, "stretch", List.of("s003"), List.of(
                    reps("s003", R.of(10), false)),
                    List.of("centralizes", "lessens", "spreads down the leg")),
            new Fact("pelvic-tilt", BACK, false, "strengthening", List.of("s001", "s002", "s003"), List.of(
                    reps("s002", R.of(8, 12), false),
                    reps("s001", R.of(10), false),
                    reps("s003", R.of(15, 20), false)),
                    List.of("slowly")),
            new Fact("glute-bridge", BACK, false, "strengthening", List.of("s001", "s003"), List.of(
                    reps("s001", R.of(8, 10), false),
                    reps("s003", R.of(10, 15), false)),
                    List.of("control")),
            new Fact("bird-dog", FOURS, false, "strengthening", List.of("s003"), List.of(
                    reps("s003", R.of(8, 10), true)),
                    List.of("next stage")),
            new Fact("sciatic-nerve-glide", List.of("seated", "lying-on-back"), false, "nerve-glide",
                    List.of("s002", "s003", "s004"), List.of(
                    reps("s002", R.of(8, 12), false),
                    reps("s003", R.of(10, 15), false),
                    new D("s004", "Short holds through the day", R.of(10), null, null, false)),
                    List.of("gentle", "symptoms increase")),
            new Fact("walking", STANDING, false, "activity", List.of("s002", "s003"), List.of(
                    new D("s003", null, null, null, R.of(5, 10), false),
                    new D("s002", "During a flare", null, null, null, false)),
                    List.of("pace")),
            new Fact("swimming", STANDING, false, "activity", List.of("s002"), List.of(), List.of("start slowly")),
            new Fact("tai-chi", STANDING, false, "activity", List.of("s002"), List.of(), List.of("start slowly")),
            new Fact("gentle-yoga", List.of("seated", "lying-on-back", "standing"), false, "activity",
                    List.of("s002"), List.of(), List.of("start slowly")),
            new Fact("pilates", BACK, false, "activity", List.of("s002"), List.of(), List.of("start slowly")));

    private static final Set<String> ACTIVITIES_WITHOUT_DOSE = Set.of("swimming", "tai-chi", "gentle-yoga", "pilates");

    @TestFactory
    Stream<DynamicTest> everyFactsExerciseIsPresentWithItsDoses() {
        return FACTS.stream().map(fact -> DynamicTest.dynamicTest(fact.id(), () -> checkFact(fact)));
    }

    private void checkFact(Fact fact) {
        JsonNode ex = exercise(fact.id());
        assertNotNull(ex, "missing exercise " + fact.id());
        assertEquals(fact.positions(), texts(ex.get("positions")), fact.id() + " positions");
        assertEquals(fact.inBed(), ex.get("inBed").asBoolean(), fact.id() + " inBed");
        assertEquals(fact.category(), ex.get("category").asText(), fact.id() + " category");
        assertTrue(texts(ex.get("sources")).containsAll(fact.sources()),
                () -> fact.id() + " sources " + ex.get("sources") + " should include " + fact.sources());
        assertTrue(texts(ex.get("steps")).size() >= 2, fact.id() + " needs steps");
        assertTrue(ex.has("illustration"), fact.id() + " needs an illustration");

        List<JsonNode> doses = list(ex.get("doses"));
        if (ACTIVITIES_WITHOUT_DOSE.contains(fact.id())) {
            assertEquals(1, doses.size(), fact.id() + ": one note-only dose");
            JsonNode d = doses.get(0);
            for (String numeric : List.of("holdSeconds", "reps", "sets", "minutes", "timesPerDay")) {
                assertFalse(d.has(numeric), fact.id() + " must have no numeric dose, found " + numeric);
            }
            assertTrue(d.path("note").asText().toLowerCase(Locale.ROOT).contains("start slowly"),
                    fact.id() + " dose note must say to start slowly");
            assertEquals("s002", d.path("source").asText());
        } else if (fact.doses().isEmpty()) {
            assertTrue(doses.isEmpty(), fact.id() + ": the sources give no dose, so none may be invented");
        }

        for (D want : fact.doses()) {
            List<JsonNode> matches = doses.stream()
                    .filter(d -> want.source().equals(d.path("source").asText()))
                    .filter(d -> want.label() == null ? !d.has("label")
                            : want.label().equalsIgnoreCase(d.path("label").asText()))
                    .toList();
            assertEquals(1, matches.size(), () -> fact.id() + ": expected exactly one dose from " + want.source()
                    + (want.label() == null ? "" : " labelled '" + want.label() + "'") + " in " + ex.get("doses"));
            JsonNode got = matches.get(0);
            checkRange(fact.id(), want, "holdSeconds", want.hold(), got);
            checkRange(fact.id(), want, "reps", want.reps(), got);
            checkRange(fact.id(), want, "minutes", want.minutes(), got);
            assertEquals(want.perSide(), got.path("perSide").asBoolean(false),
                    () -> fact.id() + " " + want.source() + " perSide");
        }

        String safety = Stream.of("cautions", "stopIf", "steps", "equipment")
                .flatMap(field -> texts(ex.get(field)).stream())
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        for (String word : fact.safetyWords()) {
            assertTrue(safety.contains(word.toLowerCase(Locale.ROOT)),
                    () -> fact.id() + " cautions/stop rules should mention '" + word + "'");
        }
    }

    private static void checkRange(String id, D want, String field, R expected, JsonNode dose) {
        if (expected == null) {
            assertFalse(dose.has(field), () -> id + " " + want.source() + ": unexpected " + field + " " + dose);
        } else {
            assertTrue(expected.matches(dose.get(field)),
                    () -> id + " " + want.source() + ": " + field + " should be " + expected + " but was "
                            + dose.get(field));
        }
    }

    @Test
    void specificDoseDetailsFromTheSources() {
        JsonNode both = dose("knee-to-chest", "s000", "Both knees");
        assertTrue(both.path("holdSeconds").asInt() == 60 || both.path("holdSeconds").path("max").asInt() == 60);

        JsonNode birdDog = exercise("bird-dog").get("doses").get(0);
        String buildUp = birdDog.path("buildUp").asText().toLowerCase(Locale.ROOT);
        assertTrue(buildUp.indexOf("arm") < buildUp.indexOf("leg") && buildUp.contains("together"),
                "bird-dog builds up arm, then leg, then both: " + buildUp);

        assertFalse(dose("pelvic-tilt", "s001", null).path("buildUp").asText().isBlank(), "pelvic tilt: build up");
        assertFalse(dose("glute-bridge", "s001", null).path("buildUp").asText().isBlank(), "bridge: build to sets");
        assertFalse(dose("walking", "s003", null).path("buildUp").asText().isBlank(), "walking: increase");
        assertTrue(dose("sciatic-nerve-glide", "s004", "Short holds through the day").path("note").asText()
                .contains("several times a day"));
        assertTrue(dose("mckenzie-press-up", "s003", null).path("note").asText().toLowerCase(Locale.ROOT)
                .contains("briefly"));
        assertTrue(texts(exercise("cat-cow").get("equipment")).stream().anyMatch(e -> e.contains("knees")),
                "cat-cow in bed: pad the knees");
        assertTrue(texts(exercise("reclined-hamstring").get("equipment")).stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("towel")));
        assertTrue(texts(exercise("supine-twist").get("equipment")).stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("pillow")));
        assertTrue(texts(exercise("seated-figure-four").get("equipment")).stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("chair")));
        assertEquals(List.of("extension"), texts(exercise("mckenzie-press-up").get("directions")));
        assertEquals(List.of("extension"), texts(exercise("prone-extension").get("directions")));
        assertEquals(List.of("nerve-glide"), texts(exercise("sciatic-nerve-glide").get("directions")));
    }

    @Test
    void everyExerciseHasPhasesAndMovementsHaveStartAndEndFrames() {
        for (JsonNode ex : pack.get("exercises")) {
            assertFalse(list(ex.get("phases")).isEmpty(), ex.get("id") + " needs phases");
        }
        assertTrue(texts(exercise("walking").get("phases")).contains("acute"), "walking suits the acute phase");
        for (String id : List.of("cat-cow", "sciatic-nerve-glide", "mckenzie-press-up", "pelvic-tilt", "glute-bridge",
                "bird-dog", "knee-to-chest", "supine-twist", "seated-trunk-twist")) {
            assertTrue(exercise(id).get("illustration").get("frames").size() >= 2, id + " needs start and end frames");
        }
    }

    // ------------------------------------------------------------------------------------------ (c) integrity

    @Test
    void idsAreUniqueAndReferencesResolve() {
        List<String> exerciseIds = ids(pack.get("exercises"));
        assertEquals(new HashSet<>(exerciseIds).size(), exerciseIds.size(), "duplicate exercise ids");
        List<String> articleIds = ids(pack.get("guidance"));
        assertEquals(new HashSet<>(articleIds).size(), articleIds.size(), "duplicate article ids");

        Set<String> declaredSources = new HashSet<>(ids(pack.get("sources")));
        Set<String> illustrations = new HashSet<>(ids(pack.get("illustrations")));
        Set<String> usedImages = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode ex : pack.get("exercises")) {
            String id = ex.get("id").asText();
            for (String field : List.of("progressions", "regressions")) {
                for (String ref : texts(ex.get(field))) {
                    if (!exerciseIds.contains(ref)) problems.add(id + "." + field + " -> unknown " + ref);
                    if (ref.equals(id)) problems.add(id + "." + field + " points at itself");
                }
            }
            for (String s : texts(ex.get("sources"))) {
                if (!declaredSources.contains(s)) problems.add(id + " cites undeclared source " + s);
            }
            for (JsonNode d : list(ex.get("doses"))) {
                String s = d.path("source").asText();
                if (!declaredSources.contains(s)) problems.add(id + " dose cites undeclared source " + s);
                if (!texts(ex.get("sources")).contains(s)) problems.add(id + " dose source " + s + " not in sources");
            }
            for (JsonNode frame : ex.get("illustration").get("frames")) {
                String image = frame.get("image").asText();
                usedImages.add(image);
                if (!illustrations.contains(image)) problems.add(id + " frame image not declared: " + image);
            }
        }
        for (JsonNode article : pack.get("guidance")) {
            for (String s : texts(article.get("sources"))) {
                if (!declaredSources.contains(s)) problems.add(article.get("id") + " cites undeclared source " + s);
            }
        }
        Set<String> unused = new TreeSet<>(illustrations);
        unused.removeAll(usedImages);
        if (!unused.isEmpty()) problems.add("illustrations used by no frame: " + unused);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @TestFactory
    Stream<DynamicTest> everyIllustrationFileIsASafeSvg() {
        return list(pack.get("illustrations")).stream().map(ill -> DynamicTest.dynamicTest(ill.get("id").asText(),
                () -> {
                    assertTrue(ill.has("file"), "bundle illustrations are files");
                    String file = ill.get("file").asText();
                    assertEquals("illustrations/" + ill.get("id").asText() + ".svg", file);
                    Path path = packDir.resolve(file).normalize();
                    assertTrue(path.startsWith(packDir), "file must stay inside the pack folder");
                    assertTrue(Files.isRegularFile(path), "missing " + path);
                    byte[] bytes = Files.readAllBytes(path);
                    assertTrue(bytes.length <= 6 * 1024, file + " is " + bytes.length + " bytes");
                    checkSvg(file, new String(bytes, StandardCharsets.UTF_8));
                }));
    }

    @Test
    void everySvgFileInTheFolderIsDeclared() throws IOException {
        Set<String> declared = new HashSet<>(ids(pack.get("illustrations")));
        try (Stream<Path> files = Files.list(packDir.resolve("illustrations"))) {
            List<String> stray = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".svg"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .filter(n -> !declared.contains(n))
                    .sorted().toList();
            assertTrue(stray.isEmpty(), "undeclared SVG files: " + stray);
        }
    }

    @Test
    void svgCheckCatchesUnsafeContent() {
        String ok = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 200\" role=\"img\"><title>t</title></svg>";
        checkSvg("ok", ok);
        for (String bad : List.of(
                ok.replace("<title>t</title>", "<title>t</title><script>alert(1)</script>"),
                ok.replace("role=\"img\"", "role=\"img\" onload=\"x()\""),
                ok.replace("<title>t</title>", "<title>t</title><image href=\"http://x/y.png\"/>"),
                ok.replace("<title>t</title>", "<title>t</title><rect fill=\"url(http://x/#a)\"/>"),
                ok.replace("<title>t</title>", ""),
                ok.replace("</svg>", ""))) {
            assertThrowsAssertion(() -> checkSvg("bad", bad), bad);
        }
    }

    static void checkSvg(String name, String text) {
        assertFalse(text.contains("<!DOCTYPE") || text.contains("<!ENTITY"), name + ": no DOCTYPE or entities");
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            doc = b.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            fail(name + " is not well-formed XML: " + e.getMessage());
            return;
        }
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName(), name + " root");
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI(), name + " namespace");
        assertEquals("0 0 320 200", root.getAttribute("viewBox"), name + " viewBox");
        assertEquals("img", root.getAttribute("role"), name + " role");
        NodeList titles = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        assertTrue(titles.getLength() > 0 && !titles.item(0).getTextContent().isBlank(), name + " needs a <title>");
        checkElement(name, root);
    }

    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "image", "style", "iframe",
            "object", "embed", "audio", "video", "use");

    private static void checkElement(String name, Element el) {
        String local = (el.getLocalName() == null ? el.getNodeName() : el.getLocalName()).toLowerCase(Locale.ROOT);
        assertFalse(FORBIDDEN.contains(local), name + ": forbidden element <" + local + ">");
        NamedNodeMap attrs = el.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String an = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String value = a.getValue().trim();
            assertFalse(an.startsWith("on"), name + ": event attribute " + an);
            if (an.equals("href")) {
                assertTrue(value.startsWith("#"), name + ": external reference " + value);
            }
            String lower = value.toLowerCase(Locale.ROOT).replace(" ", "");
            int at = lower.indexOf("url(");
            while (at >= 0) {
                String rest = lower.substring(at + 4).replace("'", "").replace("\"", "");
                assertTrue(rest.startsWith("#"), name + ": url() must be local: " + value);
                at = lower.indexOf("url(", at + 4);
            }
            assertFalse(lower.contains("javascript:"), name + ": script URL");
        }
        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                checkElement(name, child);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ (d) guidance

    @Test
    void routineGuidanceCoversBedtimeAndTheDailyRoutine() {
        List<JsonNode> routine = articlesWithTopic("routine");
        assertFalse(routine.isEmpty(), "need routine articles");
        boolean both = routine.stream().map(FactsCoverageTest::articleText).anyMatch(t ->
                t.contains("5" + EN_DASH + "10 minute") && t.contains("10" + EN_DASH + "15 minute")
                        && Stream.of("warm-up", "stretching", "strengthening", "mobility", "finish")
                        .allMatch(t::contains));
        assertTrue(both, "a routine article must mention the 5-10 minute bedtime routine and the 10-15 minute "
                + "daily routine with its five sections");

        String bedtime = articleText(article("bedtime-routine"));
        for (String fact : List.of("5" + EN_DASH + "10 minutes", "2" + EN_DASH + "3 stretches", "brushing your teeth",
                "reminder", "journal", "how you feel", "both sides")) {
            assertTrue(bedtime.contains(fact), "bedtime routine should mention " + fact);
        }

        String daily = articleText(article("daily-routine"));
        for (String fact : List.of("warm-up", "walk in place: 2 minutes", "pelvic tilts: 15 repetitions",
                "knee to chest: 30 seconds each side", "piriformis stretch: 45 seconds each side",
                "press-up: 10 repetitions, only if it helps", "bird-dog: 8 each side", "glute bridges: 12 repetitions",
                "cat-cow: 10 gentle cycles", "nerve glide: 10 repetitions", "finish", "short walk")) {
            assertTrue(daily.contains(fact), "daily routine should contain '" + fact + "'");
        }
    }

    @Test
    void guidanceCoversTheRestOfTheFacts() {
        assertMentions("frequency", "every day", "2" + EN_DASH + "3 sessions a week", "recovery days",
                "soreness", "day off", "10 seconds");
        assertMentions("routine", "warm up", "water", "cool down", "both sides");
        assertMentions("direction-preference", "extension", "flexion", "neutral", "disc", "stenosis",
                "centralization", "peripheralization", "stop that exercise");
        assertMentions("caution", "forward bends", "straight-leg raises", "heavy lifting", "running", "jumping",
                "prolonged sitting");
        assertMentions("progression", "acute", "subacute", "recovery", "4" + EN_DASH + "6 weeks",
                "comfortable positions", "gentle strengthening", "core and hips", "editorial");
        assertMentions("set-up", "medium-firm", "blanket", "yoga mat", "space", "pillow", "towel", "loose", "dim");
        assertMentions("prevention", "lifting", "exercise regularly", "sitting or standing", "warm",
                "core and hips");
        assertMentions("activity", "walking", "swimming", "tai chi", "gentle yoga", "pilates", "start slowly");
        assertMentions("costs", "estimate", "$10" + EN_DASH + "25", "$75" + EN_DASH + "150", "$10" + EN_DASH + "20",
                "source 002");
        assertMentions("benefits", "blood flow", "posture", "nerve flossing", "strength");
        for (JsonNode article : articlesWithTopic("costs")) {
            assertEquals(List.of("s002"), texts(article.get("sources")), "cost estimates come from source 002");
        }
    }

    @Test
    void redFlagsAndTheDisclaimerLiveInCoreNotInThePack() {
        for (JsonNode article : pack.get("guidance")) {
            String text = articleText(article);
            for (String coreOnly : List.of("bladder", "bowel", "cauda equina", "emergency")) {
                assertFalse(text.contains(coreOnly), article.get("id") + " mentions '" + coreOnly
                        + "': red flags belong in the core safety content");
            }
        }
    }

    private static void assertMentions(String topic, String... facts) {
        String text = articlesWithTopic(topic).stream().map(FactsCoverageTest::articleText)
                .collect(Collectors.joining("\n"));
        assertFalse(text.isEmpty(), "no article with topic " + topic);
        List<String> missing = Stream.of(facts).filter(f -> !text.contains(f.toLowerCase(Locale.ROOT))).toList();
        assertTrue(missing.isEmpty(), () -> "topic " + topic + " does not mention " + missing);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static JsonNode exercise(String id) {
        for (JsonNode ex : pack.get("exercises")) {
            if (id.equals(ex.get("id").asText())) return ex;
        }
        return null;
    }

    private static JsonNode dose(String exerciseId, String source, String label) {
        JsonNode ex = exercise(exerciseId);
        assertNotNull(ex, exerciseId);
        for (JsonNode d : list(ex.get("doses"))) {
            boolean labelOk = label == null ? !d.has("label") : label.equals(d.path("label").asText());
            if (source.equals(d.path("source").asText()) && labelOk) return d;
        }
        fail("no dose " + source + "/" + label + " for " + exerciseId);
        return null;
    }

    private static JsonNode article(String id) {
        for (JsonNode a : pack.get("guidance")) {
            if (id.equals(a.get("id").asText())) return a;
        }
        fail("missing article " + id);
        return null;
    }

    private static List<JsonNode> articlesWithTopic(String topic) {
        return list(pack.get("guidance")).stream().filter(a -> topic.equals(a.get("topic").asText())).toList();
    }

    static String articleText(JsonNode article) {
        StringBuilder sb = new StringBuilder();
        sb.append(article.path("title").asText()).append('\n').append(article.path("summary").asText()).append('\n');
        for (JsonNode block : article.get("blocks")) {
            sb.append(block.path("text").asText("")).append('\n');
            for (JsonNode item : list(block.get("items"))) sb.append(item.asText()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static List<JsonNode> list(JsonNode node) {
        if (node == null || !node.isArray()) return List.of();
        return StreamSupport.stream(node.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }

    private static List<String> ids(JsonNode node) {
        return list(node).stream().map(n -> n.get("id").asText()).toList();
    }

    private static void assertThrowsAssertion(Runnable r, String what) {
        try {
            r.run();
        } catch (AssertionError expected) {
            return;
        }
        fail("the SVG check accepted unsafe or broken content: " + what);
    }
}
