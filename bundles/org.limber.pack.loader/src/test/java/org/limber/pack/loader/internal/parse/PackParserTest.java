package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.parse.TestPacks.accepted;
import static org.limber.pack.loader.internal.parse.TestPacks.bytes;
import static org.limber.pack.loader.internal.parse.TestPacks.firstExercise;
import static org.limber.pack.loader.internal.parse.TestPacks.miniWith;
import static org.limber.pack.loader.internal.parse.TestPacks.parse;
import static org.limber.pack.loader.internal.parse.TestPacks.problem;
import static org.limber.pack.loader.internal.parse.TestPacks.rejected;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.PackProblem;

class PackParserTest {
    private final PackParser parser = TestPacks.PARSER;

    @Test
    void acceptsTheMiniPack() {
        accepted(parse("mini.pack.json"));
    }

    @Test
    void invalidJsonIsOneProblemWithLineAndColumn() {
        List<PackProblem> problems = rejected(parse("invalid-json.pack.json")).problems();

        assertEquals(1, problems.size(), problems::toString);
        PackProblem problem = problem(problems, "", "invalid JSON at line 5, column 3");
        assertEquals("invalid-json.pack.json", problem.file());
    }

    @Test
    void topLevelMustBeAnObject() {
        problem(parse("top-level-array.pack.json"), "", "must be a JSON object, not an array");
    }

    @Test
    void emptyDocumentIsRejected() {
        problem(parser.parse("empty.pack.json", new byte[0], ResourceResolver.none()), "", "empty");
    }

    @Test
    void contentAfterTheTopLevelObjectIsRejected() {
        byte[] document = "{\"schemaVersion\": 1} {}".getBytes(StandardCharsets.UTF_8);
        problem(parser.parse("two.pack.json", document, ResourceResolver.none()), "", "line 1");
    }

    @Test
    void duplicateKeyIsReportedAtItsPointer() {
        problem(parse("duplicate-key.pack.json"), "/exercises/0/id", "duplicate key 'id'");
    }

    @Test
    void nestingBeyondTheCapIsRejected() {
        String deep = "[".repeat(100) + "]".repeat(100);
        byte[] document = ("{\"schemaVersion\": 1, \"x\": " + deep + "}").getBytes(StandardCharsets.UTF_8);
        problem(parser.parse("deep.pack.json", document, ResourceResolver.none()), "", "nesting depth");
    }

    @Test
    void missingRequiredFieldNamesTheProperty() {
        problem(parse("missing-required.pack.json"), "/exercises/0", "missing required property 'name'");
    }

    @Test
    void wrongEnumValueListsTheAllowedValues() {
        PackProblem problem = problem(parse("wrong-enum.pack.json"), "/exercises/0/category", "'yoga' is not one of");
        assertTrue(problem.message().contains("nerve-glide"), problem::toString);
    }

    @Test
    void unknownPropertyIsReportedAtItself() {
        byte[] document = miniWith(pack -> firstExercise(pack).put("colour", "red"));
        problem(parser.parse("mini.pack.json", document, ResourceResolver.none()),
                "/exercises/0/colour", "unknown property 'colour'");
    }

    @Test
    void anUnknownFormatVersionIsOneClearProblem() {
        ParseOutcome.Rejected rejected = rejected(parse("schema-version-3.pack.json"));

        assertEquals(1, rejected.problems().size(), rejected.problems()::toString);
        problem(rejected.problems(), "/schemaVersion", "this loader reads format versions 1 and 2; the pack declares 3");
        assertEquals("mini", rejected.packId());
        assertEquals("1.0.0", rejected.version());
    }

    @Test
    void missingSchemaVersionIsReported() {
        byte[] document = miniWith(pack -> pack.remove("schemaVersion"));
        problem(parser.parse("mini.pack.json", document, ResourceResolver.none()), "", "missing 'schemaVersion'");
    }

    @Test
    void documentOverTheSizeCapIsRejectedUnread() {
        PackParser small = new PackParser(new PackLimits(100, 1000));
        int size = bytes("mini.pack.json").length;

        ParseOutcome outcome = small.parse("mini.pack.json", bytes("mini.pack.json"), ResourceResolver.none());

        List<PackProblem> problems = rejected(outcome).problems();
        assertEquals(1, problems.size(), problems::toString);
        problem(problems, "", "the document is " + size + " bytes, over the limit of 100 bytes");
    }

    @Test
    void duplicateExerciseIdPointsAtTheSecond() {
        problem(parse("duplicate-exercise-id.pack.json"), "/exercises/1/id",
                "exercise id 'cat-camel' is already used by /exercises/0");
    }

    @Test
    void duplicateIllustrationAndSourceIdsAreReported() {
        byte[] document = miniWith(pack -> {
            pack.withArray("/sources").addObject().put("id", "nhs").put("title", "Again");
            pack.withArray("/illustrations").addObject().put("id", "cat").put("svg", "<svg/>");
        });
        ParseOutcome outcome = parser.parse("mini.pack.json", document, ResourceResolver.none());

        problem(outcome, "/sources/1/id", "source id 'nhs' is already used");
        problem(outcome, "/illustrations/1/id", "illustration id 'cat' is already used");
    }

    @Test
    void danglingProgressionIsReported() {
        problem(parse("dangling-progression.pack.json"), "/exercises/0/progressions/0",
                "links to exercise 'bird-dog' which this pack does not have");
    }

    @Test
    void exerciseLinkingToItselfIsReported() {
        problem(parse("self-link.pack.json"), "/exercises/0/regressions/0", "cannot link to itself");
    }

    @Test
    void undeclaredSourcesAreReportedForDosesAndExercises() {
        ParseOutcome outcome = parse("undeclared-source.pack.json");

        problem(outcome, "/exercises/0/doses/0/source", "cites source 'who' which the pack does not declare");
        problem(outcome, "/exercises/0/sources/1", "cites source 'mayo'");
    }

    @Test
    void undeclaredSourceInGuidanceIsReported() {
        byte[] document = miniWith(pack -> {
            var article = pack.withArray("/guidance").addObject();
            article.put("id", "rest").put("title", "Rest").put("summary", "Rest well.").put("topic", "routine");
            article.withArray("/blocks").addObject().put("kind", "paragraph").put("text", "Sleep.");
            article.withArray("/sources").add("nice");
        });
        problem(parser.parse("mini.pack.json", document, ResourceResolver.none()),
                "/guidance/0/sources/0", "cites source 'nice'");
    }

    @Test
    void undeclaredFrameImageIsReported() {
        problem(parse("undeclared-frame-image.pack.json"), "/exercises/0/illustration/frames/1/image",
                "shows image 'camel' which is not declared in 'illustrations'");
    }

    @Test
    void rangeWithMinOverMaxIsReported() {
        problem(parse("range-min-over-max.pack.json"), "/exercises/0/doses/0/holdSeconds",
                "min 30 is greater than max 10");
    }

    @Test
    void rangeOfTheWrongTypeIsOneReadableProblem() {
        byte[] document = miniWith(pack -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                firstExercise(pack).withArray("/doses").get(0)).put("reps", "ten"));
        List<PackProblem> problems = rejected(parser.parse("mini.pack.json", document, ResourceResolver.none()))
                .problems();

        assertEquals(1, problems.size(), problems::toString);
        problem(problems, "/exercises/0/doses/0/reps", "must be a whole number from 0 to 100000");
    }

    @Test
    void rangeObjectWithABadBoundPointsAtTheBound() {
        byte[] document = miniWith(pack -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                firstExercise(pack).withArray("/doses").get(0)).putObject("reps").put("min", 1).put("max", "x"));
        List<PackProblem> problems = rejected(parser.parse("mini.pack.json", document, ResourceResolver.none()))
                .problems();

        assertEquals(1, problems.size(), problems::toString);
        problem(problems, "/exercises/0/doses/0/reps/max", "expected a whole number but found a string");
    }

    @Test
    void illustrationWithBothSvgAndFileIsOneProblem() {
        byte[] document = miniWith(pack -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                pack.withArray("/illustrations").get(0)).put("file", "cat.svg"));
        List<PackProblem> problems = rejected(parser.parse("mini.pack.json", document, ResourceResolver.none()))
                .problems();

        assertEquals(1, problems.size(), problems::toString);
        problem(problems, "/illustrations/0", "either 'svg' or 'file', not both");
    }

    @Test
    void invalidIdShapeIsExplained() {
        byte[] document = miniWith(pack -> firstExercise(pack).put("id", "Cat Camel"));
        problem(parser.parse("mini.pack.json", document, ResourceResolver.none()), "/exercises/0/id",
                "'Cat Camel' is not a valid id");
    }

    @Test
    void oneProblemDoesNotHideTheOthers() {
        List<PackProblem> problems = rejected(parse("many-problems.pack.json")).problems();

        problem(problems, "/colour", "unknown property 'colour'");
        problem(problems, "/exercises/0", "missing required property 'summary'");
        problem(problems, "/exercises/0/progressions/0", "links to exercise 'bird-dog'");
        problem(problems, "/exercises/0/doses/0/reps", "min 12 is greater than max 8");
        problem(problems, "/illustrations/0/svg", "<script> element is not allowed");
        assertEquals(5, problems.size(), problems::toString);
    }

    @Test
    void rejectedPackIsNamedFromItsHeader() {
        ParseOutcome.Rejected rejected = rejected(parse("dangling-progression.pack.json"));

        assertEquals("mini", rejected.packId());
        assertEquals("1.0.0", rejected.version());
    }

    @Test
    void rejectedPackWithUnreadableHeaderHasNoName() {
        ParseOutcome.Rejected rejected = rejected(parse("top-level-array.pack.json"));

        assertNull(rejected.packId());
        assertNull(rejected.version());
    }

    @Test
    void unexpectedFailureBecomesAProblemInsteadOfAnException() {
        byte[] document = miniWith(pack -> pack.withArray("/illustrations").removeAll()
                .addObject().put("id", "cat").put("file", "cat.svg"));
        ResourceResolver failing = path -> {
            throw new IllegalStateException("resolver broke");
        };

        ParseOutcome outcome = parser.parse("mini.pack.json", document, failing);

        problem(outcome, "", "unexpected error while checking the pack");
    }

    @Test
    void nullDocumentIsRejected() {
        problem(parser.parse("nothing.pack.json", null, ResourceResolver.none()), "", "there is no document");
    }
}
