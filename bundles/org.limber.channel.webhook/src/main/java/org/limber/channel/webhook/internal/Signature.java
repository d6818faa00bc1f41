package org.limber.channel.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The optional signature of a webhook body: {@code X-Limber-Signature: sha256=<hex HMAC-SHA256 of the exact body
 * bytes, keyed with the UTF-8 bytes of the user's secret>}. A receiver recomputes it over the raw body it got and
 * compares in constant time.
 */
final class Signature {
    static final String OPTION = "secret";
    static final String HEADER = "X-Limber-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private Signature() {
    }

    static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
