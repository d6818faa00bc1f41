package org.limber.pack.loader.internal;

import java.util.List;

import org.limber.pack.loader.internal.parse.PackParser;

/** Manifest headers of pack bundles and the extender capability that reads them. */
final class PackHeaders {
    /** Path inside the bundle of the pack document. */
    static final String PACK = "Limber-Pack";
    /** Set on bundles made from a bare dropped file: the file's name. */
    static final String PACK_FILE = "Limber-Pack-File";
    /** Set when a dropped file was over the size cap: its size in bytes. */
    static final String PACK_OVERSIZE = "Limber-Pack-Oversize";
    static final String EXTENDER = "org.limber.pack";
    /**
     * The extender provides one capability per pack format it reads, each with the format's schemaVersion as its
     * major version (the bundle's Provide-Capability header must list the same).
     */
    static final List<Integer> FORMAT_VERSIONS = PackParser.FORMAT_VERSIONS;
    /** The format a pack bundle without a readable schemaVersion is wired for, and the one new packs declare. */
    static final int LATEST_FORMAT_VERSION = PackParser.LATEST_FORMAT_VERSION;

    private PackHeaders() {
    }

    /** "1 and 2", or with a suffix "1.0.0 and 2.0.0". */
    static String spokenList(List<Integer> versions, String suffix) {
        List<String> each = versions.stream().map(v -> v + suffix).toList();
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
    }

    static String extenderRequirement(int formatVersion) {
        return "osgi.extender;filter:=\"(&(osgi.extender=" + EXTENDER + ")(version>=" + formatVersion
                + ".0)(!(version>=" + (formatVersion + 1) + ".0)))\"";
    }
}
