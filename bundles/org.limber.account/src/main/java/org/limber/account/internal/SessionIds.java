package org.limber.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Browser session ids: 32 random bytes in base64url. Only a SHA-256 of an id is stored; the CSRF token is another
 * SHA-256 of it, so it needs no storage and cannot be turned back into the id.
 */
final class SessionIds {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionIds() {
    }

    static String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be an id at all (cheap check before touching the database). */
    static boolean wellFormed(String id) {
        return id != null && FORM.matcher(id).matches();
    }

    /** What the database keys the session by. */
    static String hash(String id) {
        return HexFormat.of().formatHex(sha256(id));
    }

    static String csrfToken(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("csrf:" + id));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
