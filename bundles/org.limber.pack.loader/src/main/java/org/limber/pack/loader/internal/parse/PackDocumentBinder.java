package org.limber.pack.loader.internal.parse;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Binds a JSON tree to the pack-file records. Lenient on purpose: it also runs on documents the schema has
 * rejected, so that cross-reference and SVG checks can still report; where the tree is too far off the shape
 * to bind, those checks are skipped and the schema's problems stand alone.
 */
final class PackDocumentBinder {
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a null inside a list would shift nothing but crash the checks; refuse it here instead
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    Optional<PackDocument> bind(JsonNode tree) {
        try {
            return Optional.ofNullable(mapper.treeToValue(tree, PackDocument.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
