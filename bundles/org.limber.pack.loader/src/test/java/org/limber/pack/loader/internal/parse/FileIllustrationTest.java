package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.parse.TestPacks.accepted;
import static org.limber.pack.loader.internal.parse.TestPacks.bytes;
import static org.limber.pack.loader.internal.parse.TestPacks.problem;
import static org.limber.pack.loader.internal.parse.TestPacks.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FileIllustrationTest {
    private static final String POINTER = "/illustrations/0/file";
    private final PackParser parser = TestPacks.PARSER;
    private final List<String> requested = new ArrayList<>();

    /** Reads files next to the fixture packs, as a pack bundle's resolver would read bundle entries. */
    private final ResourceResolver bundle = path -> {
        requested.add(path);
        return Optional.ofNullable(FileIllustrationTest.class.getResourceAsStream("/packs/" + path))
                .map(in -> {
                    try (in) {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    };

    @Test
    void fileIllustrationInABareDocumentIsRejected() {
        problem(TestPacks.parse("file-illustration.pack.json"), POINTER,
                "file illustrations are only available in pack bundles");
    }

    @Test
    void fileIllustrationIsReadThroughTheResolver() {
        ParseOutcome outcome = parser.parse("file-illustration.pack.json",
                bytes("file-illustration.pack.json"), bundle);

        ParseOutcome.Accepted accepted = accepted(outcome);
        assertEquals(List.of("images/cat.svg"), requested);
        assertEquals(text("images/cat.svg"), accepted.content().illustrations().get("mini.cat"));
    }

    @Test
    void missingFileIsRejected() {
        ResourceResolver empty = path -> Optional.empty();

        problem(parser.parse("file-illustration.pack.json", bytes("file-illustration.pack.json"), empty),
                POINTER, "cannot read 'images/cat.svg': there is no such file");
    }

    @Test
    void unreadableFileIsRejected() {
        ResourceResolver failing = path -> {
            throw new IOException("disk on fire");
        };

        problem(parser.parse("file-illustration.pack.json", bytes("file-illustration.pack.json"), failing),
                POINTER, "cannot read 'images/cat.svg': disk on fire");
    }

    @Test
    void pathLeavingThePackIsRejectedWithoutAskingTheResolver() {
        ParseOutcome outcome = parser.parse("file-illustration-escape.pack.json",
                bytes("file-illustration-escape.pack.json"), bundle);

        problem(outcome, POINTER, "leaves the pack's folder");
        assertTrue(requested.isEmpty(), requested::toString);
    }

    @Test
    void unsafeFileDrawingIsRejectedNamingTheFile() {
        ResourceResolver withScript = path -> Optional.of(text("svg/script.svg").getBytes(StandardCharsets.UTF_8));

        problem(parser.parse("file-illustration.pack.json", bytes("file-illustration.pack.json"), withScript),
                POINTER, "'images/cat.svg': <script> element is not allowed");
    }

    @Test
    void byteOrderMarkIsDroppedFromAFileDrawing() {
        String svg = text("images/cat.svg");
        ResourceResolver withBom = path -> Optional.of(("\uFEFF" + svg).getBytes(StandardCharsets.UTF_8));

        ParseOutcome outcome = parser.parse("file-illustration.pack.json", bytes("file-illustration.pack.json"),
                withBom);

        assertEquals(svg, accepted(outcome).content().illustrations().get("mini.cat"));
    }

    @Test
    void fileThatIsNotUtf8IsRejected() {
        ResourceResolver latin1 = path -> Optional.of(new byte[] {'<', 's', 'v', 'g', (byte) 0xE9, '>'});

        problem(parser.parse("file-illustration.pack.json", bytes("file-illustration.pack.json"), latin1),
                POINTER, "is not UTF-8 text");
    }
}
