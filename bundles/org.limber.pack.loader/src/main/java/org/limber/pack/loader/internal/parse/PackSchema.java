package org.limber.pack.loader.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
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
 * The pack format's JSON Schemas, one per format version this loader reads, loaded once from this bundle. Each
 * version keeps its own schema unchanged, so a pack is judged by exactly the format it declares. Schema loading
 * from anywhere else is disallowed, so no {@code $ref} can ever make the validator fetch over the network.
 */
final class PackSchema {
    private static PackSchema shared;

    private final Map<Integer, JsonSchema> schemas;

    private PackSchema(Map<Integer, JsonSchema> schemas) {
        this.schemas = Map.copyOf(schemas);
    }

    /** @throws IllegalStateException when a schema resource is missing or unreadable (a packaging fault) */
    static synchronized PackSchema shared() {
        if (shared == null) {
            shared = new PackSchema(Map.of(1, load(resource(1)), 2, load(resource(2))));
        }
        return shared;
    }

    static String resource(int formatVersion) {
        return "/schema/limber-pack-" + formatVersion + ".schema.json";
    }

    /** @param formatVersion one of {@link PackParser#FORMAT_VERSIONS} */
    Set<ValidationMessage> validate(int formatVersion, JsonNode document) {
        JsonSchema schema = schemas.get(formatVersion);
        if (schema == null) {
            throw new IllegalArgumentException("no schema for pack format " + formatVersion);
        }
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

    private static JsonSchema load(String resource) {
        JsonSchemaFactory factory = offlineFactory();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = PackSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("pack schema " + resource + " is missing from the bundle");
            }
            JsonSchema schema = factory.getSchema(in, config);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new IllegalStateException("pack schema " + resource + " cannot be read", e);
        }
    }
}
