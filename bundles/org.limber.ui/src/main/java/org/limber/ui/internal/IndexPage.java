package org.limber.ui.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's single HTML page and the Content-Security-Policy that goes with it.
 * <p>
 * The page carries its import map inline (Chromium does not load external import maps), and an inline
 * script is blocked by {@code script-src 'self'} unless the policy names its hash. So the policy is built
 * from the page itself: every inline import map's SHA-256 is added to {@code script-src}. Nothing else
 * inline is allowed.
 */
final class IndexPage {

    private static final Pattern IMPORT_MAP = Pattern.compile(
            "<script\\s+type=\"importmap\"\\s*>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final byte[] body;
    private final String contentSecurityPolicy;

    private IndexPage(byte[] body, String contentSecurityPolicy) {
        this.body = body;
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    /** Builds the page from the HTML text of {@code index.html}. */
    static IndexPage of(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher m = IMPORT_MAP.matcher(html);
        while (m.find()) {
            hashes.add("'sha256-" + sha256Base64(m.group(1)) + "'");
        }
        return new IndexPage(html.getBytes(StandardCharsets.UTF_8), policy(hashes));
    }

    static String policy(List<String> scriptHashes) {
        StringBuilder scriptSrc = new StringBuilder("'self'");
        for (String hash : scriptHashes) {
            scriptSrc.append(' ').append(hash);
        }
        return String.join("; ",
                "default-src 'self'",
                "script-src " + scriptSrc,
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'none'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    static String sha256Base64(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The page as UTF-8 bytes; callers must not modify the array. */
    byte[] body() {
        return body;
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }
}
