package org.limber.pack.loader.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.limber.pack.loader.internal.parse.ResourceResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns an accepted pack document into one that stands alone: every {@code file} illustration inlined as {@code svg}. */
final class SelfContainedDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SelfContainedDocument() {
    }

    static byte[] of(byte[] document, ResourceResolver files) throws IOException {
        JsonNode root = MAPPER.readTree(document);
        boolean changed = false;
        for (JsonNode illustration : root.path("illustrations")) {
            if (illustration instanceof ObjectNode node && node.hasNonNull("file")) {
                String path = node.get("file").asText();
                byte[] svg = files.read(path).orElseThrow(() -> new IOException("missing " + path));
                node.remove("file");
                node.put("svg", new String(svg, StandardCharsets.UTF_8));
                changed = true;
            }
        }
        return changed ? MAPPER.writeValueAsBytes(root) : document;
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
