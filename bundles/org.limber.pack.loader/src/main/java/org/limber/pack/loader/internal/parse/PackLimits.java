package org.limber.pack.loader.internal.parse;

/**
 * Size caps applied while parsing a pack.
 *
 * @param maxDocumentBytes largest pack document accepted, in bytes
 * @param maxSvgBytes      largest single SVG illustration accepted, in UTF-8 bytes
 */
public record PackLimits(int maxDocumentBytes, int maxSvgBytes) {
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
    /** Matches the schema's maxLength of an inline {@code svg}. */
    public static final int DEFAULT_MAX_SVG_BYTES = 200_000;
    public static final PackLimits DEFAULTS =
            new PackLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_SVG_BYTES);

    public PackLimits {
        if (maxDocumentBytes <= 0 || maxSvgBytes <= 0) {
            throw new IllegalArgumentException("pack limits must be positive: " + maxDocumentBytes + ", " + maxSvgBytes);
        }
    }
}
