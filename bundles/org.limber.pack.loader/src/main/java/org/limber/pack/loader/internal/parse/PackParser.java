package org.limber.pack.loader.internal.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.limber.catalog.api.model.PackContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Parses and validates one pack document, accepting or rejecting it whole. Checks run in order: size, JSON
 * syntax, format version, JSON Schema, then cross-references, ranges and SVG safety; as many problems as can be
 * found are reported together. {@link #parse} never throws. Instances are thread-safe.
 */
public final class PackParser {
    /**
     * The pack format versions (a document's {@code schemaVersion}) this loader reads, oldest first. Format 2 is
     * format 1 plus routine templates; a format 1 pack stays valid as it is.
     */
    public static final List<Integer> FORMAT_VERSIONS = List.of(1, 2);
    /** The newest format this loader reads, the one new packs should declare. */
    public static final int LATEST_FORMAT_VERSION = FORMAT_VERSIONS.get(FORMAT_VERSIONS.size() - 1);

    private static final Logger LOG = LoggerFactory.getLogger(PackParser.class);

    private final PackLimits limits;
    private final HardenedJson json;
    private final PackSchema schema;
    private final PackDocumentBinder binder = new PackDocumentBinder();

    /** @throws IllegalStateException when the bundled schema cannot be loaded */
    public PackParser(PackLimits limits) {
        this.limits = limits;
        this.json = new HardenedJson(limits.maxDocumentBytes());
        this.schema = PackSchema.shared();
    }

    public PackParser() {
        this(PackLimits.DEFAULTS);
    }

    /**
     * @param fileName the document's name, used in every problem reported
     * @param document the document's bytes (UTF-8, or UTF-16/32 with the usual JSON detection)
     * @param files    reads {@code "file"} illustrations; {@link ResourceResolver#none()} for a bare document
     */
    public ParseOutcome parse(String fileName, byte[] document, ResourceResolver files) {
        Problems problems = new Problems(fileName == null ? "pack" : fileName);
        Problems warnings = new Problems(fileName == null ? "pack" : fileName);
        try {
            Optional<PackContent> content = check(document, files == null ? ResourceResolver.none() : files,
                    problems, warnings);
            if (content.isPresent() && problems.isEmpty()) {
                return new ParseOutcome.Accepted(content.get(), warnings.list());
            }
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            LOG.warn("Unexpected failure while checking pack document {}", fileName, e);
            problems.add("", "unexpected error while checking the pack: " + e);
        }
        Optional<PackHeader> header = peekHeader(document);
        return new ParseOutcome.Rejected(header.map(PackHeader::id).orElse(null),
                header.map(PackHeader::version).orElse(null), problems.list());
    }

    /** Reads just the schemaVersion, id and version at the top of a document, as far as they can be read. */
    public static Optional<PackHeader> peekHeader(byte[] document) {
        return HeaderReader.peek(document);
    }

    private Optional<PackContent> check(byte[] document, ResourceResolver files, Problems problems,
                                        Problems warnings) {
        if (document == null || document.length > limits.maxDocumentBytes()) {
            problems.add("", document == null ? "there is no document"
                    : "the document is " + document.length + " bytes, over the limit of "
                    + limits.maxDocumentBytes() + " bytes");
            return Optional.empty();
        }
        JsonNode tree = json.read(document, problems).orElse(null);
        if (tree == null) {
            return Optional.empty();
        }
        if (!tree.isObject()) {
            problems.add("", "the top level of a pack must be a JSON object, not " + kind(tree));
            return Optional.empty();
        }
        Integer formatVersion = formatVersion(tree, problems);
        if (formatVersion == null) {
            return Optional.empty();
        }
        SchemaMessages.report(schema.validate(formatVersion, tree), problems);
        boolean schemaValid = problems.isEmpty();
        PackDocument pack = binder.bind(tree).orElse(null);
        if (pack == null) {
            if (schemaValid) {
                problems.add("", "the document has the right shape but cannot be read as a pack");
            }
            return Optional.empty();
        }
        Map<String, String> drawings = crossCheck(pack, files, problems, schemaValid);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        PackWarnings.check(pack, warnings);
        return Optional.of(PackContentMapper.map(pack, drawings));
    }

    /** The document's format version when this loader reads it; null, with the problem reported, when not. */
    private static Integer formatVersion(JsonNode tree, Problems problems) {
        JsonNode declared = tree.get("schemaVersion");
        if (declared == null) {
            problems.add("", "missing 'schemaVersion'; this loader reads format versions " + readable());
            return null;
        }
        for (int version : FORMAT_VERSIONS) {
            if (declared.isNumber() && declared.decimalValue().compareTo(BigDecimal.valueOf(version)) == 0) {
                return version;
            }
        }
        problems.add("/schemaVersion", "this loader reads format versions " + readable() + "; the pack declares "
                + Excerpt.of(declared.toString()));
        return null;
    }

    private static String readable() {
        List<String> versions = FORMAT_VERSIONS.stream().map(String::valueOf).toList();
        return String.join(", ", versions.subList(0, versions.size() - 1)) + " and " + versions.get(versions.size() - 1);
    }

    private Map<String, String> crossCheck(PackDocument pack, ResourceResolver files, Problems problems,
                                           boolean schemaValid) {
        guarded(() -> DuplicateIdCheck.check(pack, problems), schemaValid);
        guarded(() -> ReferenceCheck.check(pack, problems), schemaValid);
        guarded(() -> RangeCheck.check(pack, problems), schemaValid);
        IllustrationReader illustrations = new IllustrationReader(limits.maxSvgBytes(), files, problems);
        return guarded(() -> illustrations.read(pack), Map.of(), schemaValid);
    }

    private static void guarded(Runnable check, boolean schemaValid) {
        guarded(() -> {
            check.run();
            return null;
        }, null, schemaValid);
    }

    /**
     * On a document the schema rejected, a check may meet values it cannot make sense of; the schema's
     * problems already say why, so the check's failure is not news. On a valid document it is a bug.
     */
    private static <T> T guarded(Supplier<T> check, T fallback, boolean schemaValid) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            if (schemaValid) {
                throw e;
            }
            LOG.debug("A check skipped part of a pack the schema had rejected", e);
            return fallback;
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
