package org.limber.rest;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Weak entity tags derived from a data revision and the request variant (the query string), so a conditional request
 * is answered without building the body. A random per-start epoch keeps tags from one run from matching the next.
 */
public final class ETags {
    private static final String EPOCH = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));

    private ETags() {
    }

    public static String of(long revision, String variant) {
        CRC32 crc = new CRC32();
        crc.update(variant.getBytes(StandardCharsets.UTF_8));
        return "W/\"" + EPOCH + "-" + revision + "-" + Long.toHexString(crc.getValue()) + "\"";
    }

    /** A strong tag of the representation itself, for answers that have no revision to derive one from. */
    public static String ofContent(byte[] body) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match header value names the tag (weak comparison, lists and {@code *} allowed). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = strip(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || strip(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
