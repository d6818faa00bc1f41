package org.limber.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Weak entity tags derived from a data revision and the request variant (the query string), so a conditional request
 * is answered without building the body. A random per-start epoch keeps tags from one run from matching the next.
 */
public final class ETags {
    private static final String EPOCH = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));

    private ETags() {
    }

    public static String of(long revision, String variant) {
        return "W/\"" + EPOCH + "-" + revision + "-" + fingerprint(variant.getBytes(StandardCharsets.UTF_8), 8) + "\"";
    }

    /** A strong tag of the representation itself, for answers that have no revision to derive one from. */
    public static String ofContent(byte[] body) {
        return "\"" + fingerprint(body, 12) + "\"";
    }

    /** The first {@code bytes} bytes of the SHA-256 of the data, in hex: distinct variants never share a tag. */
    private static String fingerprint(byte[] data, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
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
