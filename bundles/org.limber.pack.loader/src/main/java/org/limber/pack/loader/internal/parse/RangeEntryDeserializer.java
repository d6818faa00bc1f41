package org.limber.pack.loader.internal.parse;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads either form of a range. A value of any other shape becomes null rather than an error: the schema has
 * already reported it, and the rest of the document can still be checked.
 */
final class RangeEntryDeserializer extends StdDeserializer<RangeEntry> {

    RangeEntryDeserializer() {
        super(RangeEntry.class);
    }

    @Override
    public RangeEntry deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (isWhole(node)) {
            return new RangeEntry(node.longValue(), node.longValue());
        }
        if (node != null && node.isObject() && isWhole(node.get("min")) && isWhole(node.get("max"))) {
            return new RangeEntry(node.get("min").longValue(), node.get("max").longValue());
        }
        return null;
    }

    private static boolean isWhole(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToLong();
    }
}
