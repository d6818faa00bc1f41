package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.limber.catalog.api.PackProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Fixture packs from src/test/resources/packs and assertions on parse outcomes. */
final class TestPacks {
    static final PackParser PARSER = new PackParser();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPacks() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestPacks.class.getResourceAsStream("/packs/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /packs/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static ParseOutcome parse(String resource) {
        return PARSER.parse(resource, bytes(resource), ResourceResolver.none());
    }

    /** The mini pack after {@code change} has edited its JSON tree. */
    static byte[] miniWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode pack = (ObjectNode) JSON.readTree(bytes("mini.pack.json"));
            change.accept(pack);
            return JSON.writeValueAsBytes(pack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mini pack with its one illustration replaced by the SVG in packs/svg/{@code svgFile}. */
    static byte[] miniWithSvg(String svgFile) {
        String svg = text("svg/" + svgFile);
        return miniWith(pack -> ((ObjectNode) pack.withArray("/illustrations").get(0)).put("svg", svg));
    }

    static ObjectNode firstExercise(ObjectNode pack) {
        return (ObjectNode) pack.withArray("/exercises").get(0);
    }

    static ParseOutcome.Accepted accepted(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Rejected rejected) {
            fail("expected the pack to be accepted, but: " + rejected.problems());
        }
        return assertInstanceOf(ParseOutcome.Accepted.class, outcome);
    }

    static ParseOutcome.Rejected rejected(ParseOutcome outcome) {
        return assertInstanceOf(ParseOutcome.Rejected.class, outcome, "expected the pack to be rejected");
    }

    /** Asserts a problem at exactly {@code pointer} whose message contains {@code messagePart}. */
    static PackProblem problem(List<PackProblem> problems, String pointer, String messagePart) {
        return problems.stream()
                .filter(p -> p.pointer().equals(pointer) && p.message().contains(messagePart))
                .findFirst()
                .orElseGet(() -> fail("no problem at '" + pointer + "' containing \"" + messagePart + "\" in "
                        + problems));
    }

    static PackProblem problem(ParseOutcome outcome, String pointer, String messagePart) {
        return problem(rejected(outcome).problems(), pointer, messagePart);
    }
}
