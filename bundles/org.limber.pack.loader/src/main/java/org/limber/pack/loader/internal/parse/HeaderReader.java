package org.limber.pack.loader.internal.parse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Streams through the top level of a pack document for its schemaVersion, id and version, skipping everything
 * else and stopping as soon as all three are found. Never throws.
 */
final class HeaderReader {
    /** Same shapes as the schema's slug and version; anything else is not worth naming a pack by. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");
    private static final Pattern VERSION =
            Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
    private static final JsonFactory FACTORY = HardenedJson.factory(Long.MAX_VALUE);

    private HeaderReader() {
    }

    static Optional<PackHeader> peek(byte[] document) {
        if (document == null) {
            return Optional.empty();
        }
        Fields fields = new Fields();
        try (JsonParser parser = FACTORY.createParser(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            fields.objectSeen = true;
            while (!fields.complete() && parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.take(name, value, parser);
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // a broken document still yields whatever came before the break
        }
        return fields.objectSeen ? Optional.of(fields.header()) : Optional.empty();
    }

    private static final class Fields {
        boolean objectSeen;
        Integer schemaVersion;
        String id;
        String version;

        void take(String name, JsonToken value, JsonParser parser) throws IOException {
            switch (name) {
                case "schemaVersion" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                        schemaVersion = parser.getIntValue();
                    }
                }
                case "id" -> id = matching(value, parser, SLUG);
                case "version" -> version = matching(value, parser, VERSION);
                default -> {
                    // not part of the header
                }
            }
        }

        boolean complete() {
            return schemaVersion != null && id != null && version != null;
        }

        PackHeader header() {
            return new PackHeader(schemaVersion, id, version);
        }

        private static String matching(JsonToken value, JsonParser parser, Pattern shape) throws IOException {
            if (value != JsonToken.VALUE_STRING) {
                return null;
            }
            String text = parser.getText();
            return shape.matcher(text).matches() ? text : null;
        }
    }
}
