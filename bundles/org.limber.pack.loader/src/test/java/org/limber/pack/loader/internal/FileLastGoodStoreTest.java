package org.limber.pack.loader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.catalog.api.model.PackContent;
import org.limber.pack.loader.internal.parse.PackParser;
import org.limber.pack.loader.internal.parse.ParseOutcome;
import org.limber.pack.loader.internal.parse.ResourceResolver;

/** Last good copies on disk, read back through the real parser. */
class FileLastGoodStoreTest {
    private static final PackParser PARSER = new PackParser();

    @TempDir
    Path temp;

    static byte[] fixture(String name) {
        try (InputStream in = FileLastGoodStoreTest.class.getResourceAsStream("/packs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /packs/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackContent parsed(String name, byte[] document) {
        ParseOutcome outcome = PARSER.parse(name, document, ResourceResolver.none());
        return assertInstanceOf(ParseOutcome.Accepted.class, outcome, outcome::toString).content();
    }

    private Path directory() {
        return temp.resolve("last-good");
    }

    private List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savedCopyLoadsAsTheSameContent() throws IOException {
        byte[] document = fixture("valid-small.pack.json");
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);

        store.save("test-pack", SelfContainedDocument.digest(document), document);

        Optional<PackContent> loaded = store.load("test-pack");
        assertEquals(Optional.of(parsed("valid-small.pack.json", document)), loaded);
        assertEquals(List.of("test-pack.pack.json"), filesIn(directory()), "one file per pack id, no leftovers");
        assertEquals(new String(document, StandardCharsets.UTF_8),
                Files.readString(directory().resolve("test-pack.pack.json")));
    }

    @Test
    void aNewStoreOnTheSameDirectoryFindsTheCopy() {
        byte[] document = fixture("mini.pack.json");
        new FileLastGoodStore(directory(), PARSER).save("mini", "d", document);

        FileLastGoodStore afterRestart = new FileLastGoodStore(directory(), PARSER);

        assertEquals("Cat-camel", afterRestart.load("mini").orElseThrow().exercises().get(0).name());
    }

    @Test
    void missingCopyLoadsAsEmpty() {
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);

        assertEquals(Optional.empty(), store.load("mini"), "the directory does not even exist yet");
        store.save("other", "d", fixture("valid-small.pack.json"));
        assertEquals(Optional.empty(), store.load("mini"));
    }

    @Test
    void saveReplacesThePreviousCopyWithoutLeavingTemporaryFiles() throws IOException {
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);
        byte[] v1 = fixture("mini.pack.json");
        byte[] v2 = new String(v1, StandardCharsets.UTF_8).replace("\"1.0.0\"", "\"1.1.0\"")
                .replace("Cat-camel", "Cat and camel").getBytes(StandardCharsets.UTF_8);

        store.save("mini", "d1", v1);
        store.save("mini", "d2", v2);

        PackContent loaded = store.load("mini").orElseThrow();
        assertEquals("1.1.0", loaded.info().version());
        assertEquals("Cat and camel", loaded.exercises().get(0).name());
        assertEquals(List.of("mini.pack.json"), filesIn(directory()));
    }

    @Test
    void copiesOfDifferentPacksAreKeptApart() {
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);

        store.save("mini", "d1", fixture("mini.pack.json"));
        store.save("test-pack", "d2", fixture("valid-small.pack.json"));

        assertEquals("mini", store.load("mini").orElseThrow().info().id());
        assertEquals("test-pack", store.load("test-pack").orElseThrow().info().id());
    }

    @Test
    void deleteRemovesTheCopy() throws IOException {
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);
        store.save("mini", "d", fixture("mini.pack.json"));
        store.save("test-pack", "d2", fixture("valid-small.pack.json"));

        store.delete("mini");

        assertEquals(Optional.empty(), store.load("mini"));
        assertEquals(List.of("test-pack.pack.json"), filesIn(directory()));
        store.delete("mini");
        store.delete("never-saved");
        assertTrue(store.load("test-pack").isPresent());
    }

    @Test
    void corruptedCopyLoadsAsEmpty() throws IOException {
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);
        store.save("mini", "d", fixture("mini.pack.json"));

        byte[] good = Files.readAllBytes(directory().resolve("mini.pack.json"));
        Files.write(directory().resolve("mini.pack.json"), java.util.Arrays.copyOf(good, good.length / 2));

        assertEquals(Optional.empty(), store.load("mini"));
    }

    @Test
    void copyThatNoLongerValidatesLoadsAsEmpty() throws IOException {
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);
        store.save("mini", "d", fixture("missing-required.pack.json"));

        assertTrue(Files.isRegularFile(directory().resolve("mini.pack.json")));
        assertEquals(Optional.empty(), store.load("mini"));
    }

    @Test
    void storedCopyMustStandAlone() {
        // A copy with a file illustration cannot be read: the store has no files beside it, which is why the
        // loader saves self-contained documents.
        FileLastGoodStore store = new FileLastGoodStore(directory(), PARSER);
        store.save("mini", "d", fixture("file-illustration.pack.json"));

        assertEquals(Optional.empty(), store.load("mini"));
    }

    @Test
    void saveThatCannotWriteDoesNotThrow() throws IOException {
        Path notADirectory = Files.writeString(temp.resolve("occupied"), "a file, not a directory");
        FileLastGoodStore store = new FileLastGoodStore(notADirectory, PARSER);

        store.save("mini", "d", fixture("mini.pack.json"));

        assertEquals(Optional.empty(), store.load("mini"));
        assertEquals("a file, not a directory", Files.readString(notADirectory));
    }

    @Test
    void directoryIsCreatedOnFirstSave() {
        Path nested = temp.resolve("a/b/c");
        FileLastGoodStore store = new FileLastGoodStore(nested, PARSER);
        assertFalse(Files.exists(nested));

        store.save("mini", "d", fixture("mini.pack.json"));

        assertTrue(Files.isRegularFile(nested.resolve("mini.pack.json")));
    }
}
