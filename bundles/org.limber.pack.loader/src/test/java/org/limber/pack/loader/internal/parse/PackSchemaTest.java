package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;

class PackSchemaTest {

    @Test
    void remoteReferencesAreNeverFetched() throws Exception {
        String schemaWithRemoteRef = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"$ref\": \"https://example.com/evil.schema.json\"}";

        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            JsonSchema schema = PackSchema.offlineFactory().getSchema(schemaWithRemoteRef);
            schema.validate(new ObjectMapper().readTree("{}"));
        });

        assertTrue(String.valueOf(refused.getMessage()).contains("not allowed"), refused::toString);
    }

    @Test
    void bundledSchemasLoadOffline() throws Exception {
        assertTrue(PackSchema.shared().validate(1, new ObjectMapper().readTree(TestPacks.bytes("mini.pack.json")))
                .isEmpty());
        assertTrue(PackSchema.shared().validate(2, new ObjectMapper().readTree(TestPacks.bytes("templates.pack.json")))
                .isEmpty());
    }

    @Test
    void eachFormatIsJudgedByItsOwnSchema() throws Exception {
        var templates = new ObjectMapper().readTree(TestPacks.bytes("templates.pack.json"));

        assertFalse(PackSchema.shared().validate(1, templates).isEmpty(), "format 1 has no templates");
        assertThrows(IllegalArgumentException.class, () -> PackSchema.shared().validate(3, templates));
    }
}
