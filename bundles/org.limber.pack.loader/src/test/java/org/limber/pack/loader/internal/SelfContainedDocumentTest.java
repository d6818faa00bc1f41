package org.limber.pack.loader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.FileLastGoodStoreTest.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.limber.pack.loader.internal.parse.PackParser;
import org.limber.pack.loader.internal.parse.ParseOutcome;
import org.limber.pack.loader.internal.parse.ResourceResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Inlining file illustrations so that a pack document stands alone as a last good copy. */
class SelfContainedDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PackParser PARSER = new PackParser();

    private final List<String> requested = new ArrayList<>();

    /** Reads files beside the fixture packs, as a pack bundle's resolver reads its entries. */
    private final ResourceResolver bundle = path -> {
        requested.add(path);
        try {
            return Optional.of(fixture(path));
        } catch (IllegalArgumentException missing) {
            return Optional.empty();
        }
    };

    private static JsonNode tree(byte[] document) throws IOException {
        return JSON.readTree(document);
    }

    @Test
    void fileIllustrationIsInlined() throws IOException {
        byte[] document = fixture("file-illustration.pack.json");

        byte[] selfContained = SelfContainedDocument.of(document, bundle);

        assertEquals(List.of("images/cat.svg"), requested);
        JsonNode illustration = tree(selfContained).path("illustrations").get(0);
        assertFalse(illustration.has("file"), illustration::toString);
        assertEquals(new String(fixture("images/cat.svg"), StandardCharsets.UTF_8), illustration.path("svg").asText());
        assertEquals("cat", illustration.path("id").asText());
    }

    @Test
    void inlinedDocumentParsesAloneToTheSameContent() throws IOException {
        byte[] document = fixture("file-illustration.pack.json");
        ParseOutcome withFiles = PARSER.parse("mini.pack.json", document, bundle);

        ParseOutcome alone = PARSER.parse("mini.pack.json", SelfContainedDocument.of(document, bundle),
                ResourceResolver.none());

        assertEquals(assertInstanceOf(ParseOutcome.Accepted.class, withFiles).content(),
                assertInstanceOf(ParseOutcome.Accepted.class, alone, alone::toString).content());
    }

    @Test
    void everythingElseIsKept() throws IOException {
        byte[] document = fixture("file-illustration.pack.json");
        ObjectNode expected = (ObjectNode) tree(document);
        ObjectNode cat = (ObjectNode) expected.withArray("/illustrations").get(0);
        cat.remove("file");
        cat.put("svg", new String(fixture("images/cat.svg"), StandardCharsets.UTF_8));

        assertEquals(expected, tree(SelfContainedDocument.of(document, bundle)));
    }

    @Test
    void documentWithOnlyInlineIllustrationsIsReturnedAsIs() throws IOException {
        byte[] document = fixture("valid-small.pack.json");

        byte[] result = SelfContainedDocument.of(document, bundle);

        assertSame(document, result, "nothing to inline: the very bytes are kept");
        assertEquals(List.of(), requested);
    }

    @Test
    void inlineIllustrationsBesideAFileOneAreLeftAlone() throws IOException {
        ObjectNode pack = (ObjectNode) tree(fixture("file-illustration.pack.json"));
        ArrayNode illustrations = pack.withArray("/illustrations");
        String inlineSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>";
        illustrations.addObject().put("id", "dot").put("svg", inlineSvg);
        byte[] document = JSON.writeValueAsBytes(pack);

        JsonNode result = tree(SelfContainedDocument.of(document, bundle));

        assertEquals(List.of("images/cat.svg"), requested);
        assertEquals(2, result.path("illustrations").size());
        assertTrue(result.path("illustrations").get(0).has("svg"));
        assertEquals(JSON.createObjectNode().put("id", "dot").put("svg", inlineSvg),
                result.path("illustrations").get(1));
    }

    @Test
    void missingFileFailsNamingIt() {
        ResourceResolver empty = path -> Optional.empty();

        IOException e = assertThrows(IOException.class,
                () -> SelfContainedDocument.of(fixture("file-illustration.pack.json"), empty));

        assertTrue(e.getMessage().contains("images/cat.svg"), e.getMessage());
    }

    @Test
    void inliningIsDeterministic() throws IOException {
        byte[] document = fixture("file-illustration.pack.json");

        byte[] first = SelfContainedDocument.of(document, bundle);
        byte[] second = SelfContainedDocument.of(document, bundle);

        assertArrayEquals(first, second);
        assertEquals(SelfContainedDocument.digest(first), SelfContainedDocument.digest(second));
    }

    @Test
    void digestIsTheSha256OfTheBytesInHex() {
        // The FIPS 180-2 test vector for "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                SelfContainedDocument.digest("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void digestIsStableAndTellsDocumentsApart() {
        byte[] mini = fixture("mini.pack.json");
        byte[] edited = new String(mini, StandardCharsets.UTF_8).replace("Arch.", "Arch gently.")
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(SelfContainedDocument.digest(mini), SelfContainedDocument.digest(mini.clone()));
        assertNotEquals(SelfContainedDocument.digest(mini), SelfContainedDocument.digest(edited));
        assertTrue(SelfContainedDocument.digest(mini).matches("[0-9a-f]{64}"));
    }
}
