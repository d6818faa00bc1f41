package org.limber.pack.loader.internal.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

/**
 * Turns the validator's messages into problems a pack author can act on: each at the JSON pointer of the
 * offending value, in plain words, and without the per-branch noise a failed {@code oneOf} produces.
 */
final class SchemaMessages {
    private SchemaMessages() {
    }

    static void report(Collection<ValidationMessage> messages, Problems problems) {
        List<ValidationMessage> all = new ArrayList<>(messages);
        for (ValidationMessage message : all) {
            if (!isBranchNoise(message, all) && !isExplainedDeeper(message, all)) {
                problems.add(pointer(message), text(message));
            }
        }
    }

    /** A complaint from one branch of a failed oneOf about the very value the oneOf is about. */
    private static boolean isBranchNoise(ValidationMessage message, List<ValidationMessage> all) {
        for (ValidationMessage oneOf : all) {
            if (oneOf != message && isOneOf(oneOf)
                    && evaluationPath(message).startsWith(evaluationPath(oneOf) + "/")
                    && instance(message).equals(instance(oneOf))) {
                return true;
            }
        }
        return false;
    }

    /** A failed oneOf whose branch already reported something specific inside the value. */
    private static boolean isExplainedDeeper(ValidationMessage message, List<ValidationMessage> all) {
        if (!isOneOf(message)) {
            return false;
        }
        for (ValidationMessage other : all) {
            if (evaluationPath(other).startsWith(evaluationPath(message) + "/")
                    && instance(other).startsWith(instance(message) + "/")) {
                return true;
            }
        }
        return false;
    }

    private static String pointer(ValidationMessage message) {
        if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
            return JsonPointers.child(instance(message), message.getProperty());
        }
        return instance(message);
    }

    private static String text(ValidationMessage message) {
        String schemaLocation = String.valueOf(message.getSchemaLocation());
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        return switch (String.valueOf(message.getType())) {
            case "required" -> "missing required property '" + property(message, arguments) + "'";
            case "additionalProperties" -> "unknown property '" + property(message, arguments) + "'";
            case "enum" -> quoted(message.getInstanceNode()) + " is not one of: " + enumValues(arguments);
            case "type" -> arguments.length >= 2
                    ? "expected " + article(arguments[1]) + " but found " + article(arguments[0])
                    : message.getError();
            case "pattern" -> patternText(schemaLocation, message);
            case "minimum" -> schemaLocation.endsWith("/$defs/doseNumber/minimum")
                    ? "must be a whole number of at least 1; leave it out to use the exercise's own dose"
                    : message.getError();
            case "minItems" -> minItemsText(schemaLocation, message);
            case "oneOf" -> oneOfText(schemaLocation, arguments);
            default -> message.getError();
        };
    }

    private static String patternText(String schemaLocation, ValidationMessage message) {
        String value = quoted(message.getInstanceNode());
        if (schemaLocation.endsWith("/$defs/slug/pattern")) {
            return value + " is not a valid id: use lowercase letters, digits and '-', starting and ending"
                    + " with a letter or digit, at most 80 characters";
        }
        if (schemaLocation.endsWith("/properties/version/pattern")) {
            return value + " is not a version of the form major.minor.patch (e.g. 1.0.0)";
        }
        if (schemaLocation.endsWith("/properties/language/pattern")) {
            return value + " is not a language tag such as 'en' or 'en-GB'";
        }
        if (schemaLocation.endsWith("/properties/file/pattern")) {
            return value + " is not a relative path to an .svg file (letters, digits, '_', '-', '.' and '/')";
        }
        if (schemaLocation.endsWith("/properties/url/pattern")) {
            return value + " is not an http:// or https:// address";
        }
        return message.getError();
    }

    private static String minItemsText(String schemaLocation, ValidationMessage message) {
        if (schemaLocation.endsWith("/$defs/template/properties/sections/minItems")) {
            return "is empty: a template needs at least one section";
        }
        if (schemaLocation.endsWith("/$defs/section/properties/items/minItems")) {
            return "is empty: a section needs at least one exercise";
        }
        return message.getError();
    }

    private static String oneOfText(String schemaLocation, Object[] arguments) {
        if (schemaLocation.endsWith("/$defs/range/oneOf")) {
            return "must be a whole number from 0 to 100000, or an object with just 'min' and 'max'";
        }
        if (schemaLocation.endsWith("/$defs/illustration/oneOf")) {
            boolean noneMatched = arguments.length > 0 && "0".equals(String.valueOf(arguments[0]));
            return noneMatched ? "give the drawing as either 'svg' or 'file'"
                    : "give the drawing as either 'svg' or 'file', not both";
        }
        return "must match exactly one of the allowed forms";
    }

    private static boolean isOneOf(ValidationMessage message) {
        return "oneOf".equals(message.getType());
    }

    private static String instance(ValidationMessage message) {
        return String.valueOf(message.getInstanceLocation());
    }

    private static String evaluationPath(ValidationMessage message) {
        return String.valueOf(message.getEvaluationPath());
    }

    private static String property(ValidationMessage message, Object[] arguments) {
        if (message.getProperty() != null) {
            return message.getProperty();
        }
        return arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
    }

    private static String enumValues(Object[] arguments) {
        if (arguments.length == 0) {
            return "the allowed values";
        }
        return String.valueOf(arguments[0]).replaceAll("[\\[\\]\"]", "");
    }

    private static String article(Object jsonType) {
        String type = String.valueOf(jsonType);
        return switch (type) {
            case "integer" -> "a whole number";
            case "array", "object" -> "an " + type;
            case "null" -> "null";
            default -> "a " + type;
        };
    }

    private static String quoted(JsonNode value) {
        if (value == null) {
            return "the value";
        }
        return "'" + Excerpt.of(value.isTextual() ? value.textValue() : value.toString()) + "'";
    }
}
