package org.limber.pack.loader.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;

/**
 * The pack format's JSON Schema (format version 1), loaded once from this bundle. Schema loading from anywhere
 * else is disallowed, so no {@code $ref} can ever make the validator fetch over the network.
 */
final class PackSchema {
    static final String RESOURCE = "/schema/limber-pack-1.schema.json";

    private static PackSchema shared;

    private final JsonSchema schema;

    private PackSchema(JsonSchema schema) {
        this.schema = schema;
    }

    /** @throws IllegalStateException when the schema resource is missing or unreadable (a packaging fault) */
    static synchronized PackSchema shared() {
        if (shared == null) {
            shared = new PackSchema(load());
        }
        return shared;
    }

    Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }

    /** A 2020-12 schema factory that refuses to load any schema by its location. */
    static JsonSchemaFactory offlineFactory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.values(list -> {
                    list.clear();
                    list.add(DisallowSchemaLoader.getInstance());
                })));
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = offlineFactory();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = PackSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("pack schema " + RESOURCE + " is missing from the bundle");
            }
            JsonSchema schema = factory.getSchema(in, config);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new IllegalStateException("pack schema " + RESOURCE + " cannot be read", e);
        }
    }
}
