package org.limber.pack.loader.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.limber.pack.loader.internal.parse.PackHeader;
import org.limber.pack.loader.internal.parse.PackParser;
import org.osgi.framework.Version;

/**
 * Wraps a bare {@code *.pack.json} file into a bundle, so that FileInstall installs, updates and uninstalls it like
 * any bundle. The file's content is not judged here: even a file that does not parse becomes a bundle, which the
 * loader then reports under the file's name.
 */
final class PackFileBundler {
    static final String SUFFIX = ".pack.json";
    static final String ENTRY = "pack.json";

    private PackFileBundler() {
    }

    static byte[] wrap(String fileName, InputStream content, int maxPackBytes) throws IOException {
        byte[] document = content.readNBytes(maxPackBytes + 1);
        long size = document.length;
        if (size > maxPackBytes) {
            size += content.transferTo(java.io.OutputStream.nullOutputStream());
        }
        PackHeader header = size > maxPackBytes ? null : PackParser.peekHeader(document).orElse(null);

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName(fileName));
        main.putValue("Bundle-Version", version(header));
        main.putValue("Bundle-Name", "Limber pack file " + fileName);
        main.putValue(PackHeaders.PACK, ENTRY);
        main.putValue(PackHeaders.PACK_FILE, fileName);
        main.putValue("Require-Capability", PackHeaders.extenderRequirement(formatVersion(header)));
        if (size > maxPackBytes) {
            main.putValue(PackHeaders.PACK_OVERSIZE, Long.toString(size));
        }

        ByteArrayOutputStream bundle = new ByteArrayOutputStream(document.length + 1024);
        try (JarOutputStream jar = new JarOutputStream(bundle, manifest)) {
            if (size <= maxPackBytes) {
                jar.putNextEntry(new JarEntry(ENTRY));
                jar.write(document);
                jar.closeEntry();
            }
        }
        return bundle.toByteArray();
    }

    static String symbolicName(String fileName) {
        String base = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
        String safe = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return "limber.pack.file." + (safe.isEmpty() ? "unnamed" : safe);
    }

    private static String version(PackHeader header) {
        if (header != null && header.version() != null) {
            try {
                return Version.parseVersion(header.version()).toString();
            } catch (IllegalArgumentException ignored) {
                // fall through: the loader reports the bad version
            }
        }
        return "0.0.0";
    }

    private static int formatVersion(PackHeader header) {
        Integer declared = header == null ? null : header.schemaVersion();
        return declared != null && declared > 0 && declared < 1000 ? declared : PackHeaders.LATEST_FORMAT_VERSION;
    }

}
