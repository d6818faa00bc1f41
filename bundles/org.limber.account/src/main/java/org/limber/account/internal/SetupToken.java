package org.limber.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/** The one-time token that creating the first administrator requires: 192 random bits, base64url. */
final class SetupToken {
    private final AtomicReference<String> token;

    private SetupToken(String token) {
        this.token = new AtomicReference<>(token);
    }

    static SetupToken generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new SetupToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static SetupToken none() {
        return new SetupToken(null);
    }

    /** For tests. */
    static SetupToken of(String token) {
        return new SetupToken(token);
    }

    /** The token while it is still usable, to print it. */
    String value() {
        return token.get();
    }

    boolean active() {
        return token.get() != null;
    }

    /** Compares in constant time; false once the token is discarded. */
    boolean matches(String candidate) {
        String current = token.get();
        if (current == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(current.getBytes(StandardCharsets.UTF_8),
                candidate.strip().getBytes(StandardCharsets.UTF_8));
    }

    void discard() {
        token.set(null);
    }
}
