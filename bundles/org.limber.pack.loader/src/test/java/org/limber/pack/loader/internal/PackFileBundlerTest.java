package org.limber.pack.loader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.FileLastGoodStoreTest.fixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;

/** A bare pack file wrapped into a bundle: its manifest and its one entry. */
class PackFileBundlerTest {
    private static final int MAX = 1 << 20;

    /** The bundle's manifest and entries, read back as a framework would. */
    private record Bundle(Attributes manifest, Map<String, byte[]> entries) {
        String header(String name) {
            return manifest.getValue(name);
        }
    }

    private static Bundle wrap(String fileName, byte[] content, int max) throws IOException {
        byte[] jar = PackFileBundler.wrap(fileName, new ByteArrayInputStream(content), max);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            assertNotNull(in.getManifest(), "the manifest must come first");
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
            return new Bundle(in.getManifest().getMainAttributes(), entries);
        }
    }

    /** The LDAP filter of the Require-Capability header on the pack extender. */
    private static Filter extenderFilter(Bundle bundle) throws InvalidSyntaxException {
        String requirement = bundle.header("Require-Capability");
        String prefix = "osgi.extender;filter:=\"";
        assertTrue(requirement.startsWith(prefix) && requirement.endsWith("\""), requirement);
        return FrameworkUtil.createFilter(requirement.substring(prefix.length(), requirement.length() - 1));
    }

    private static boolean offeredBy(Filter filter, String extender, String version) {
        return filter.matches(Map.of("osgi.extender", extender, "version", Version.parseVersion(version)));
    }

    @Test
    void validPackBecomesABundleCarryingItsBytes() throws IOException {
        byte[] document = fixture("valid-small.pack.json");

        Bundle bundle = wrap("valid-small.pack.json", document, MAX);

        assertEquals("2", bundle.header("Bundle-ManifestVersion"));
        assertEquals("limber.pack.file.valid-small", bundle.header("Bundle-SymbolicName"));
        assertEquals("1.2.3", bundle.header("Bundle-Version"));
        assertEquals("pack.json", bundle.header("Limber-Pack"));
        assertEquals("valid-small.pack.json", bundle.header("Limber-Pack-File"));
        assertNull(bundle.header("Limber-Pack-Oversize"));
        assertEquals(java.util.Set.of("pack.json"), bundle.entries().keySet());
        assertArrayEquals(document, bundle.entries().get("pack.json"));
    }

    @Test
    void requirementAsksForThePackExtenderOfTheFormatsMajorVersion() throws Exception {
        Filter filter = extenderFilter(wrap("mini.pack.json", fixture("mini.pack.json"), MAX));

        assertTrue(offeredBy(filter, "org.limber.pack", "1.0.0"));
        assertTrue(offeredBy(filter, "org.limber.pack", "1.7.2"));
        assertFalse(offeredBy(filter, "org.limber.pack", "2.0.0"));
        assertFalse(offeredBy(filter, "org.limber.pack", "0.9.0"));
        assertFalse(offeredBy(filter, "org.example.other", "1.0.0"));
    }

    @Test
    void packOfFormatTwoRequiresTheFormatTwoExtender() throws Exception {
        Filter filter = extenderFilter(wrap("templates.pack.json", fixture("templates.pack.json"), MAX));

        assertFalse(offeredBy(filter, "org.limber.pack", "1.0.0"));
        assertTrue(offeredBy(filter, "org.limber.pack", "2.0.0"));
        assertFalse(offeredBy(filter, "org.limber.pack", "3.0.0"));
    }

    @Test
    void packOfANewerFormatRequiresThatFormatsExtender() throws Exception {
        Bundle bundle = wrap("future.pack.json", fixture("schema-version-3.pack.json"), MAX);
        Filter filter = extenderFilter(bundle);

        assertFalse(offeredBy(filter, "org.limber.pack", "1.0.0"), "this loader must not pick it up");
        assertFalse(offeredBy(filter, "org.limber.pack", "2.0.0"), "this loader must not pick it up");
        assertTrue(offeredBy(filter, "org.limber.pack", "3.0.0"));
        assertFalse(offeredBy(filter, "org.limber.pack", "4.0.0"));
        assertEquals("1.0.0", bundle.header("Bundle-Version"));
    }

    @Test
    void fileThatIsNotJsonIsStillWrapped() throws Exception {
        byte[] junk = "this is not { json".getBytes(StandardCharsets.UTF_8);

        Bundle bundle = wrap("notes.pack.json", junk, MAX);

        assertEquals("limber.pack.file.notes", bundle.header("Bundle-SymbolicName"));
        assertEquals("0.0.0", bundle.header("Bundle-Version"));
        assertTrue(offeredBy(extenderFilter(bundle), "org.limber.pack", "2.0.0"), "the latest format by default");
        assertArrayEquals(junk, bundle.entries().get("pack.json"));
        assertEquals("notes.pack.json", bundle.header("Limber-Pack-File"));
    }

    @Test
    void brokenJsonKeepsTheHeaderFieldsBeforeTheBreak() throws Exception {
        byte[] broken = "{\"schemaVersion\": 1, \"id\": \"half\", \"version\": \"2.5.0\", \"name\": "
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("2.5.0", wrap("half.pack.json", broken, MAX).header("Bundle-Version"));
    }

    @Test
    void missingOrMalformedVersionIsZero() throws Exception {
        byte[] noVersion = "{\"schemaVersion\": 1, \"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] badVersion = "{\"schemaVersion\": 1, \"id\": \"x\", \"version\": \"v1\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals("0.0.0", wrap("x.pack.json", noVersion, MAX).header("Bundle-Version"));
        assertEquals("0.0.0", wrap("x.pack.json", badVersion, MAX).header("Bundle-Version"));
    }

    @Test
    void implausibleSchemaVersionFallsBackToTheLatestFormat() throws Exception {
        for (String declared : new String[] {"0", "-2", "5000", "\"2\""}) {
            byte[] document = ("{\"schemaVersion\": " + declared + ", \"id\": \"x\", \"version\": \"1.0.0\"}")
                    .getBytes(StandardCharsets.UTF_8);

            Filter filter = extenderFilter(wrap("x.pack.json", document, MAX));

            assertTrue(offeredBy(filter, "org.limber.pack", "2.0.0"), declared);
        }
    }

    @Test
    void oversizeFileHasNoEntryAndNamesItsFullSize() throws Exception {
        byte[] big = new byte[10_000];
        java.util.Arrays.fill(big, (byte) ' ');

        Bundle bundle = wrap("huge.pack.json", big, 100);

        assertEquals("10000", bundle.header("Limber-Pack-Oversize"));
        assertEquals(Map.of(), bundle.entries());
        assertEquals("pack.json", bundle.header("Limber-Pack"));
        assertEquals("0.0.0", bundle.header("Bundle-Version"));
        assertEquals("limber.pack.file.huge", bundle.header("Bundle-SymbolicName"));
    }

    @Test
    void fileExactlyAtTheCapIsKept() throws Exception {
        byte[] document = fixture("mini.pack.json");

        Bundle atCap = wrap("mini.pack.json", document, document.length);
        Bundle overCap = wrap("mini.pack.json", document, document.length - 1);

        assertArrayEquals(document, atCap.entries().get("pack.json"));
        assertNull(atCap.header("Limber-Pack-Oversize"));
        assertEquals(Integer.toString(document.length), overCap.header("Limber-Pack-Oversize"));
        assertEquals(Map.of(), overCap.entries());
    }

    @Test
    void symbolicNameIsMadeSafeFromTheFileName() {
        assertEquals("limber.pack.file.sciatica", PackFileBundler.symbolicName("sciatica.pack.json"));
        assertEquals("limber.pack.file.my-pack-", PackFileBundler.symbolicName("My Pack!.pack.json"));
        assertEquals("limber.pack.file.desk_break-2", PackFileBundler.symbolicName("Desk_Break 2.pack.json"));
        assertEquals("limber.pack.file.unnamed", PackFileBundler.symbolicName(".pack.json"));
        assertEquals("limber.pack.file.notes-txt", PackFileBundler.symbolicName("notes.txt"));
    }
}
