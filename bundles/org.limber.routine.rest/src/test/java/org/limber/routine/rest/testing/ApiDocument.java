package org.limber.routine.rest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.limber.rest.Json;
import org.limber.rest.OpenApiContribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;

/**
 * An OpenAPI contribution with the base document's {@code Problem}, to check real answers against: each answer's
 * status must be documented for its operation, and its body must match the documented schema and name no field the
 * schema does not (objects are checked as if {@code additionalProperties} were false).
 */
public final class ApiDocument {
    private static final String COMPONENTS = "#/components/schemas/";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.values(list -> {
                list.clear();
                list.add(DisallowSchemaLoader.getInstance());
            })));

    private final JsonNode document;
    private final ObjectNode definitions = Json.mapper().createObjectNode();

    public ApiDocument(URL contribution) throws IOException {
        document = read(contribution);
        definitions.set("Problem", read(OpenApiContribution.class.getResource("/openapi/base.json"))
                .path("components").path("schemas").path("Problem"));
        document.path("components").path("schemas").properties()
                .forEach(schema -> definitions.set(schema.getKey(), schema.getValue()));
    }

    private static JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return Json.mapper().readTree(in);
        }
    }

    public JsonNode tree() {
        return document;
    }

    /** Every documented operation as {@code "GET /api/v1/routines"}. */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** The answer to {@code method path} (a documented path template) is documented, status, type and body. */
    public void assertDocuments(String method, String path, HttpResponse<byte[]> response) throws IOException {
        String operation = method + " " + path;
        JsonNode op = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertFalse(op.isMissingNode(), operation + " is not documented");
        JsonNode documented = op.path("responses").path(Integer.toString(response.statusCode()));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(documented.isMissingNode(), operation + " answered " + response.statusCode()
                + ", which it does not document: " + body);
        if (response.body().length == 0) {
            assertTrue(documented.path("content").isMissingNode(), operation + " documents a body it does not send");
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode media = documented.path("content").path(type);
        assertFalse(media.isMissingNode(), operation + " " + response.statusCode() + " sent " + type
                + ", which it does not document");
        if (!type.endsWith("json")) {
            return;
        }
        Set<ValidationMessage> errors = schema(media.path("schema")).validate(Json.mapper().readTree(body));
        assertTrue(errors.isEmpty(), operation + " " + response.statusCode() + " does not match its schema: "
                + errors + " in " + body);
    }

    private JsonSchema schema(JsonNode documented) throws IOException {
        ObjectNode root = (ObjectNode) strict(rewrite(documented), false);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        ObjectNode defs = root.putObject("$defs");
        definitions.properties().forEach(definition -> defs.set(definition.getKey(),
                definition.getKey().equals("Problem") ? rewrite(definition.getValue())
                        : strict(rewrite(definition.getValue()), false)));
        return SCHEMAS.getSchema(root);
    }

    private static JsonNode rewrite(JsonNode schema) {
        try {
            return Json.mapper().readTree(Json.mapper().writeValueAsString(schema).replace(COMPONENTS, "#/$defs/"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes every object schema to fields it does not name. A member of an allOf stays open (the other members
     * name the rest); the allOf itself is closed to what none of them names.
     */
    private static JsonNode strict(JsonNode node, boolean allOfMember) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties") && !allOfMember) {
                object.put("additionalProperties", false);
            }
            if (object.has("allOf")) {
                object.put("unevaluatedProperties", false);
                ((ArrayNode) object.get("allOf")).forEach(member -> strict(member, true));
            }
            object.properties().forEach(field -> {
                if (!field.getKey().equals("allOf")) {
                    strict(field.getValue(), false);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> strict(child, false));
        }
        return node;
    }

    /**
     * The document's conventions: every operation named once with a summary and {@code tag}, 401 documented unless
     * it is one of {@code publicOperations} ("get /calendar/{file}"), the CSRF header exactly on changes and with it
     * 403, 413 and 415 exactly where there is a body, and every 4xx a problem.
     */
    public void assertConventions(String tag, Set<String> publicOperations) {
        Set<String> ids = new HashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String operation = op.getKey() + " " + path.getKey();
            assertTrue(ids.add(op.getValue().path("operationId").asText()), operation);
            assertFalse(op.getValue().path("summary").asText().isBlank(), operation);
            assertEquals(tag, op.getValue().path("tags").path(0).asText(), operation);
            assertEquals(!publicOperations.contains(operation), op.getValue().path("responses").has("401"), operation);
            boolean csrf = op.getValue().path("parameters").valueStream()
                    .anyMatch(p -> p.path("name").asText().equals("X-CSRF-Token"));
            assertEquals(!op.getKey().equals("get"), csrf, operation);
            assertEquals(csrf, op.getValue().path("responses").has("403"), operation);
            boolean body = op.getValue().has("requestBody");
            assertEquals(body, op.getValue().path("responses").has("413"), operation);
            assertEquals(body, op.getValue().path("responses").has("415"), operation);
            op.getValue().path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("4")) {
                    assertTrue(response.getValue().path("content").has("application/problem+json"),
                            operation + " " + response.getKey());
                }
            });
        }));
    }

    /** Every reference resolves, every schema is used, and every required field is described. */
    public void assertReferencesResolve() {
        Set<String> known = new HashSet<>(List.of("Problem"));
        document.path("components").path("schemas").fieldNames().forEachRemaining(known::add);
        List<String> refs = new ArrayList<>();
        walk(document, refs);
        assertTrue(refs.size() > 20);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/") && known.contains(ref.substring(21)), ref);
        }
        Set<String> used = new HashSet<>();
        refs.forEach(ref -> used.add(ref.substring(21)));
        document.path("components").path("schemas").fieldNames()
                .forEachRemaining(name -> assertTrue(used.contains(name), name + " is never used"));
    }

    private static void walk(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        if (node.has("required") && node.path("required").isArray()) {
            node.path("required").forEach(field -> assertTrue(node.path("properties").has(field.asText()),
                    field.asText() + " is required but not described in " + node));
        }
        node.forEach(child -> walk(child, refs));
    }
}
