package org.limber.pack.loader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The extender capabilities this bundle declares match the pack formats its parser reads. */
class PackHeadersTest {
    private static final Pattern EXTENDER = Pattern.compile(
            "osgi\\.extender;osgi\\.extender=\"?org\\.limber\\.pack\"?;version:Version=\"?(\\d+)\\.0\\.0\"?");

    @Test
    void oneExtenderCapabilityPerFormatRead() throws IOException {
        Path manifestFile = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("target/classes/META-INF/MANIFEST.MF");
        assertTrue(Files.exists(manifestFile), "bnd writes the manifest before the tests run: " + manifestFile);
        String provided;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            provided = new Manifest(in).getMainAttributes().getValue("Provide-Capability");
        }

        List<Integer> majors = new ArrayList<>();
        Matcher matcher = EXTENDER.matcher(provided);
        while (matcher.find()) {
            majors.add(Integer.parseInt(matcher.group(1)));
        }

        assertEquals(PackHeaders.FORMAT_VERSIONS, majors, provided);
    }

    @Test
    void formatsAreListedForPeople() {
        assertEquals("1 and 2", PackHeaders.spokenList(List.of(1, 2), ""));
        assertEquals("1.0.0, 2.0.0 and 3.0.0", PackHeaders.spokenList(List.of(1, 2, 3), ".0.0"));
        assertEquals("2", PackHeaders.spokenList(List.of(2), ""));
    }
}
