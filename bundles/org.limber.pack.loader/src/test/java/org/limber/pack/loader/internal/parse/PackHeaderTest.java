package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.pack.loader.internal.parse.TestPacks.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PackHeaderTest {

    @Test
    void readsTheHeaderOfAValidPack() {
        assertEquals(Optional.of(new PackHeader(1, "test-pack", "1.2.3")),
                PackParser.peekHeader(bytes("valid-small.pack.json")));
    }

    @Test
    void readsWhatComesBeforeASyntaxError() {
        assertEquals(Optional.of(new PackHeader(1, "broken", null)),
                PackParser.peekHeader(bytes("invalid-json.pack.json")));
    }

    @Test
    void readsAnUnsupportedFormatVersion() {
        assertEquals(Optional.of(new PackHeader(3, "mini", "1.0.0")),
                PackParser.peekHeader(bytes("schema-version-3.pack.json")));
    }

    @Test
    void ignoresIdsAndVersionsOfTheWrongShape() {
        byte[] document = "{\"id\": \"../../etc\", \"version\": \"1\", \"schemaVersion\": \"1\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.of(new PackHeader(null, null, null)), PackParser.peekHeader(document));
    }

    @Test
    void skipsNestedValuesWithTheSameNames() {
        byte[] document = "{\"exercises\": [{\"id\": \"inner\"}], \"id\": \"outer\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.of(new PackHeader(null, "outer", null)), PackParser.peekHeader(document));
    }

    @Test
    void nothingToReadInANonObject() {
        assertEquals(Optional.empty(), PackParser.peekHeader(bytes("top-level-array.pack.json")));
        assertEquals(Optional.empty(), PackParser.peekHeader("not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PackParser.peekHeader(new byte[0]));
        assertEquals(Optional.empty(), PackParser.peekHeader(null));
    }
}
