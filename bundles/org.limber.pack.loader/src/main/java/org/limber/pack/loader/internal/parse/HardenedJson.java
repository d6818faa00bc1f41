package org.limber.pack.loader.internal.parse;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads untrusted pack documents into a JSON tree: duplicate keys are errors, nesting depth and string sizes are
 * capped, and there is no polymorphic typing anywhere.
 */
final class HardenedJson {
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 1_000;
    static final int MAX_NUMBER_LENGTH = 100;

    private final ObjectMapper mapper;

    HardenedJson(int maxDocumentBytes) {
        this.mapper = JsonMapper.builder(factory(maxDocumentBytes))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    static JsonFactory factory(long maxDocumentBytes) {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxDocumentBytes)
                        .build())
                .build();
    }

    /** @return the document's tree, or empty after adding the reason to {@code problems} */
    Optional<JsonNode> read(byte[] document, Problems problems) {
        try (JsonParser parser = mapper.createParser(document)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    problems.add("", "the document is empty");
                    return Optional.empty();
                }
                if (parser.nextToken() != null) {
                    problems.add("", "invalid JSON at " + position(parser.currentLocation())
                            + ": more content after the end of the top-level value");
                    return Optional.empty();
                }
                return Optional.of(tree);
            } catch (JsonProcessingException e) {
                report(e, parser, problems);
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add("", "the document cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void report(JsonProcessingException e, JsonParser parser, Problems problems) {
        String reason = firstLine(e.getOriginalMessage());
        if (reason.startsWith("Duplicate field") || reason.startsWith("Duplicate Object property")) {
            String key = parser.getParsingContext().getCurrentName();
            problems.add(parser.getParsingContext().pathAsPointer().toString(),
                    "duplicate key '" + key + "': a key may appear only once in an object");
            return;
        }
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        problems.add("", "invalid JSON at " + position(location) + ": " + reason);
    }

    private static String position(JsonLocation location) {
        return location == null ? "an unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
