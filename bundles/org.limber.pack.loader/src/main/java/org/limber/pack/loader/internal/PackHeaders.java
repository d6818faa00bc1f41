package org.limber.pack.loader.internal;

/** Manifest headers of pack bundles and the extender capability that reads them. */
final class PackHeaders {
    /** Path inside the bundle of the pack document. */
    static final String PACK = "Limber-Pack";
    /** Set on bundles made from a bare dropped file: the file's name. */
    static final String PACK_FILE = "Limber-Pack-File";
    /** Set when a dropped file was over the size cap: its size in bytes. */
    static final String PACK_OVERSIZE = "Limber-Pack-Oversize";
    static final String EXTENDER = "org.limber.pack";
    /** The extender's major version equals the pack format's schemaVersion it reads. */
    static final int FORMAT_VERSION = 1;

    private PackHeaders() {
    }

    static String extenderRequirement(int formatVersion) {
        return "osgi.extender;filter:=\"(&(osgi.extender=" + EXTENDER + ")(version>=" + formatVersion
                + ".0)(!(version>=" + (formatVersion + 1) + ".0)))\"";
    }
}
