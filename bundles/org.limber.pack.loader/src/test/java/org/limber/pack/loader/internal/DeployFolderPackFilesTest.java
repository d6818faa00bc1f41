package org.limber.pack.loader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.limber.catalog.api.PackProblem;
import org.limber.pack.loader.internal.parse.PackParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployFolderPackFilesTest {
    @TempDir
    Path base;
    private Path deploy;
    private DeployFolderPackFiles files;

    @BeforeEach
    void setUp() {
        deploy = base.resolve("deploy");
        files = new DeployFolderPackFiles(deploy, new PackParser());
    }

    private static byte[] pack(String name) throws IOException {
        try (InputStream in = DeployFolderPackFilesTest.class.getResourceAsStream("/packs/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aValidPackFileIsDroppedWhole() throws IOException {
        byte[] content = pack("valid-small.pack.json");
        assertEquals(List.of(), files.install("mine.pack.json", content));
        assertArrayEquals(content, Files.readAllBytes(deploy.resolve("mine.pack.json")));
        assertEquals(List.of("mine.pack.json"), files.files());
        try (var left = Files.list(base)) {
            assertEquals(List.of(deploy), left.toList(), "no staging file is left behind");
        }
    }

    @Test
    void anInvalidPackIsReportedAndNotDropped() throws IOException {
        List<PackProblem> problems = files.install("bad.pack.json", pack("range-min-over-max.pack.json"));
        assertFalse(problems.isEmpty());
        assertEquals("bad.pack.json", problems.get(0).file());
        assertFalse(Files.exists(deploy.resolve("bad.pack.json")));
    }

    @Test
    void aBundleIsDroppedUnchecked() throws IOException {
        assertEquals(List.of(), files.install("pack-1.0.jar", new byte[] {1, 2, 3}));
        assertTrue(Files.exists(deploy.resolve("pack-1.0.jar")));
    }

    @Test
    void namesThatCouldLeaveTheFolderOrAreNotPacksAreRefused() {
        for (String name : new String[] {"../x.pack.json", "a/b.pack.json", "x.cfg", ".hidden.pack.json", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> files.install(name, new byte[0]), String.valueOf(name));
            assertThrows(IllegalArgumentException.class, () -> files.remove(name), String.valueOf(name));
        }
    }

    @Test
    void removeDeletesOnlyTheNamedFile() throws IOException {
        files.install("one.pack.json", pack("valid-small.pack.json"));
        files.install("two.pack.json", pack("mini.pack.json"));
        assertTrue(files.remove("one.pack.json"));
        assertFalse(files.remove("one.pack.json"));
        assertEquals(List.of("two.pack.json"), files.files());
    }
}
