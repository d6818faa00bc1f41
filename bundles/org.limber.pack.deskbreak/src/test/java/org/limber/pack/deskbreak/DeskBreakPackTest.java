package org.limber.pack.deskbreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The desk-break example pack must stand on its own: valid, self-contained, inline drawings only. */
class DeskBreakPackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path moduleDir;
    private static JsonNode pack;
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        pack = JSON.readTree(moduleDir.resolve("src/main/resources/pack/desk-break.pack.json").toFile());
        JsonNode schemaNode = JSON.readTree(moduleDir
                .resolve("../org.limber.pack.loader/src/main/resources/schema/limber-pack-1.schema.json")
                .normalize().toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    @Test
    void validatesAgainstTheSchema() {
        Set<ValidationMessage> errors = schema.validate(pack);
        assertTrue(errors.isEmpty(), () -> errors.size() + " schema error(s):\n" + errors.stream()
                .map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));
    }

    @Test
    void schemaCheckRejectsAFileIllustrationMixedWithSvg() {
        ObjectNode broken = pack.deepCopy();
        ((ObjectNode) broken.get("illustrations").get(0)).put("file", "illustrations/x.svg");
        assertFalse(schema.validate(broken).isEmpty(), "an illustration may not have both svg and file");
    }

    @Test
    void headerAndSize() {
        assertEquals("desk-break", pack.get("id").asText());
        assertEquals("1.0.0", pack.get("version").asText());
        assertEquals("Five-minute desk break", pack.get("name").asText());
        assertEquals("limber-editorial", pack.get("phaseBasis").asText());
        int exercises = pack.get("exercises").size();
        assertTrue(exercises >= 3 && exercises <= 4, "a small pack: 3-4 exercises, has " + exercises);
        assertTrue(list(pack.get("guidance")).stream().anyMatch(a -> text(a).contains("sitting")),
                "a guidance article on breaking up prolonged sitting");
    }

    @Test
    void idsDifferFromTheSciaticaPack() throws IOException {
        Path sciatica = moduleDir.resolve("../org.limber.pack.sciatica/src/main/resources/pack/sciatica.pack.json")
                .normalize();
        Set<String> ours = new HashSet<>(ids(pack.get("exercises")));
        ours.addAll(ids(pack.get("illustrations")));
        ours.addAll(ids(pack.get("guidance")));
        if (Files.exists(sciatica)) {
            JsonNode other = JSON.readTree(sciatica.toFile());
            Set<String> theirs = new HashSet<>(ids(other.get("exercises")));
            theirs.addAll(ids(other.get("illustrations")));
            theirs.addAll(ids(other.get("guidance")));
            theirs.retainAll(ours);
            assertTrue(theirs.isEmpty(), "ids shared with the sciatica pack: " + theirs);
        }
        assertTrue(ids(pack.get("exercises")).stream().allMatch(id -> id.startsWith("desk-")));
    }

    @Test
    void referencesResolveInsideThePack() {
        Set<String> sources = new HashSet<>(ids(pack.get("sources")));
        Set<String> images = new HashSet<>(ids(pack.get("illustrations")));
        Set<String> exercises = new HashSet<>(ids(pack.get("exercises")));
        List<String> problems = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (JsonNode ex : pack.get("exercises")) {
            String id = ex.get("id").asText();
            texts(ex.get("sources")).stream().filter(s -> !sources.contains(s))
                    .forEach(s -> problems.add(id + " cites " + s));
            for (JsonNode d : list(ex.get("doses"))) {
                if (!sources.contains(d.path("source").asText())) problems.add(id + " dose cites " + d.get("source"));
            }
            for (String field : List.of("progressions", "regressions")) {
                texts(ex.get(field)).stream().filter(r -> !exercises.contains(r))
                        .forEach(r -> problems.add(id + " links to " + r));
            }
            for (JsonNode frame : ex.get("illustration").get("frames")) {
                shown.add(frame.get("image").asText());
                if (!images.contains(frame.get("image").asText())) problems.add(id + " shows " + frame.get("image"));
            }
        }
        for (JsonNode article : pack.get("guidance")) {
            texts(article.get("sources")).stream().filter(s -> !sources.contains(s))
                    .forEach(s -> problems.add(article.get("id") + " cites " + s));
        }
        if (!shown.equals(images)) problems.add("illustrations not shown: " + images + " vs " + shown);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void doseDetailsMatchTheSources() {
        JsonNode twist = exercise("desk-seated-twist").get("doses").get(0);
        assertEquals(15, twist.get("holdSeconds").get("min").asInt());
        assertEquals(30, twist.get("holdSeconds").get("max").asInt());
        assertEquals("s002", twist.get("source").asText());
        JsonNode figure4 = exercise("desk-figure-four").get("doses").get(0);
        assertEquals(20, figure4.get("holdSeconds").get("min").asInt());
        assertEquals(30, figure4.get("holdSeconds").get("max").asInt());
        assertTrue(list(exercise("desk-hamstring-stretch").get("doses")).isEmpty(), "no invented hold time");
        assertEquals("activity", exercise("desk-walk").get("category").asText());
    }

    @Test
    void everyIllustrationIsInlineSafeSvg() {
        for (JsonNode ill : pack.get("illustrations")) {
            String id = ill.get("id").asText();
            assertTrue(ill.has("svg") && !ill.has("file"), id + " must be inline so the bare file works");
            String svg = ill.get("svg").asText();
            assertTrue(svg.getBytes(StandardCharsets.UTF_8).length <= 6 * 1024, id + " is too large");
            checkSvg(id, svg);
        }
    }

    @Test
    void svgCheckCatchesUnsafeContent() {
        String ok = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 200\" role=\"img\"><title>t</title></svg>";
        checkSvg("ok", ok);
        for (String bad : List.of(ok.replace("</title>", "</title><script>x()</script>"),
                ok.replace("role=\"img\"", "role=\"img\" onclick=\"x()\""),
                ok.replace("</title>", "</title><a href=\"https://example.org\"/>"),
                ok.replace("<title>t</title>", ""))) {
            boolean rejected = false;
            try {
                checkSvg("bad", bad);
            } catch (AssertionError expected) {
                rejected = true;
            }
            assertTrue(rejected, "accepted: " + bad);
        }
    }

    private static void checkSvg(String name, String text) {
        assertFalse(text.contains("<!DOCTYPE"), name + ": DOCTYPE");
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            doc = builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            fail(name + " is not well-formed: " + e.getMessage());
            return;
        }
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 320 200", root.getAttribute("viewBox"));
        var titles = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        assertTrue(titles.getLength() > 0 && !titles.item(0).getTextContent().isBlank(), name + ": <title>");
        walk(name, root);
    }

    private static void walk(String name, Element el) {
        String local = el.getLocalName().toLowerCase(Locale.ROOT);
        assertFalse(Set.of("script", "foreignobject", "image", "style", "iframe", "object", "embed").contains(local),
                name + ": <" + local + ">");
        NamedNodeMap attrs = el.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String an = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String v = a.getValue().trim().toLowerCase(Locale.ROOT);
            assertFalse(an.startsWith("on"), name + ": " + an);
            if (an.equals("href")) assertTrue(v.startsWith("#"), name + ": " + v);
            if (v.contains("url(")) assertTrue(v.replace(" ", "").matches(".*url\\(['\"]?#.*"), name + ": " + v);
        }
        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) walk(name, child);
        }
    }

    private static JsonNode exercise(String id) {
        return list(pack.get("exercises")).stream().filter(e -> id.equals(e.get("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("missing " + id));
    }

    private static String text(JsonNode article) {
        StringBuilder sb = new StringBuilder(article.path("title").asText()).append(' ')
                .append(article.path("summary").asText());
        for (JsonNode b : article.get("blocks")) {
            sb.append(' ').append(b.path("text").asText(""));
            list(b.get("items")).forEach(i -> sb.append(' ').append(i.asText()));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static List<JsonNode> list(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : StreamSupport.stream(node.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }

    private static List<String> ids(JsonNode node) {
        return list(node).stream().map(n -> n.get("id").asText()).toList();
    }
}
