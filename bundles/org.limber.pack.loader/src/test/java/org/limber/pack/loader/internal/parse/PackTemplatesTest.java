package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.parse.TestPacks.accepted;
import static org.limber.pack.loader.internal.parse.TestPacks.problem;
import static org.limber.pack.loader.internal.parse.TestPacks.rejected;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.limber.catalog.api.PackProblem;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Range;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.TemplateItem;
import org.limber.catalog.api.model.TemplateSection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Routine templates (pack format 2): how they map, and every way a template gets its pack rejected. */
class PackTemplatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_ITEM = "/templates/0/sections/1/items/0";

    /** templates.pack.json after {@code change} has edited its JSON tree, parsed. */
    private static ParseOutcome templatesWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode pack = (ObjectNode) JSON.readTree(TestPacks.bytes("templates.pack.json"));
            change.accept(pack);
            return TestPacks.PARSER.parse("templates.pack.json", JSON.writeValueAsBytes(pack),
                    ResourceResolver.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode template(ObjectNode pack) {
        return (ObjectNode) pack.withArray("/templates").get(0);
    }

    private static ObjectNode section(ObjectNode pack, int index) {
        return (ObjectNode) template(pack).withArray("/sections").get(index);
    }

    private static ObjectNode firstItem(ObjectNode pack) {
        return (ObjectNode) section(pack, 1).withArray("/items").get(0);
    }

    private static List<PackProblem> problems(ParseOutcome outcome) {
        return rejected(outcome).problems();
    }

    @Test
    void aValidPackWithTemplatesIsAcceptedAndMapped() {
        PackContent content = accepted(TestPacks.parse("templates.pack.json")).content();

        assertEquals(2, content.info().schemaVersion());
        RoutineTemplate evening = new RoutineTemplate("mini.evening", "mini", "Evening loosener",
                "A short routine for the evening.", new Range(5, 10), List.of(Phase.SUBACUTE, Phase.RECOVERY),
                List.of("Do it at the same time each evening.", "Stop if pain spreads down the leg."),
                List.of(new TemplateSection("warm-up", null, List.of(
                                new TemplateItem("mini.walk", null, null, null, null, null, 2, "Walk in place."))),
                        new TemplateSection("custom", "Loosen up", List.of(
                                new TemplateItem("mini.cat-camel", null, 10, 2, null, 30, null, null),
                                new TemplateItem("mini.cat-camel", 5, null, null, false, null, null, null)))),
                List.of("nhs"));
        assertEquals(List.of(evening), content.templates());
    }

    @Test
    void templateExerciseIdsResolveToExercisesOfThePack() {
        PackContent content = accepted(TestPacks.parse("templates.pack.json")).content();

        for (TemplateSection section : content.templates().get(0).sections()) {
            for (TemplateItem item : section.items()) {
                assertTrue(content.exercises().stream().anyMatch(e -> e.id().equals(item.exerciseId())),
                        item::toString);
            }
        }
    }

    @Test
    void aFormatOnePackStaysValidAndHasNoTemplates() {
        PackContent content = accepted(TestPacks.parse("mini.pack.json")).content();

        assertEquals(1, content.info().schemaVersion());
        assertEquals(List.of(), content.templates());
    }

    @Test
    void aFormatTwoPackNeedNotHaveTemplates() {
        PackContent content = accepted(templatesWith(pack -> pack.remove("templates"))).content();

        assertEquals(2, content.info().schemaVersion());
        assertEquals(List.of(), content.templates());
    }

    @Test
    void templatesNeedFormatTwo() {
        problem(templatesWith(pack -> pack.put("schemaVersion", 1)), "/templates", "unknown property 'templates'");
    }

    @Test
    void unknownSectionKindListsTheKinds() {
        PackProblem problem = problem(templatesWith(pack -> section(pack, 1).put("kind", "cool-down")),
                "/templates/0/sections/1/kind", "'cool-down' is not one of");

        assertTrue(problem.message().contains("warm-up, stretching, strengthening, mobility, finish, custom"),
                problem::toString);
    }

    @Test
    void exerciseOfAnotherPackIsReported() {
        List<PackProblem> problems = problems(templatesWith(pack -> firstItem(pack).put("exerciseId", "plank")));

        assertEquals(1, problems.size(), problems::toString);
        problem(problems, FIRST_ITEM + "/exerciseId", "uses exercise 'plank' which this pack does not have");
    }

    @Test
    void aQualifiedIdIsNotALocalExerciseId() {
        problem(templatesWith(pack -> firstItem(pack).put("exerciseId", "mini.cat-camel")),
                FIRST_ITEM + "/exerciseId", "is not a valid id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"holdSeconds", "reps", "sets", "restSeconds", "minutes"})
    void zeroDoseNumberIsReported(String field) {
        List<PackProblem> problems = problems(templatesWith(pack -> firstItem(pack).put(field, 0)));

        assertEquals(1, problems.size(), problems::toString);
        problem(problems, FIRST_ITEM + "/" + field, "must be a whole number of at least 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"holdSeconds", "reps", "sets", "restSeconds", "minutes"})
    void negativeDoseNumberIsReported(String field) {
        problem(templatesWith(pack -> firstItem(pack).put(field, -5)), FIRST_ITEM + "/" + field,
                "must be a whole number of at least 1");
    }

    @Test
    void fractionalDoseNumberIsReported() {
        problem(templatesWith(pack -> firstItem(pack).put("holdSeconds", 2.5)), FIRST_ITEM + "/holdSeconds",
                "expected a whole number but found a number");
    }

    @Test
    void duplicateTemplateIdPointsAtTheSecond() {
        List<PackProblem> problems = problems(templatesWith(pack -> pack.withArray("/templates")
                .add(template(pack).deepCopy().put("name", "Another"))));

        assertEquals(1, problems.size(), problems::toString);
        problem(problems, "/templates/1/id", "template id 'evening' is already used by /templates/0");
    }

    @Test
    void emptySectionIsReported() {
        List<PackProblem> problems = problems(templatesWith(pack -> section(pack, 0).withArray("/items").removeAll()));

        assertEquals(1, problems.size(), problems::toString);
        problem(problems, "/templates/0/sections/0/items", "a section needs at least one exercise");
    }

    @Test
    void templateWithoutSectionsIsReported() {
        problem(templatesWith(pack -> template(pack).withArray("/sections").removeAll()), "/templates/0/sections",
                "a template needs at least one section");
    }

    @Test
    void missingRequiredTemplateFieldsAreNamed() {
        ParseOutcome outcome = templatesWith(pack -> template(pack).remove(List.of("minutes", "summary")));

        problem(outcome, "/templates/0", "missing required property 'minutes'");
        problem(outcome, "/templates/0", "missing required property 'summary'");
    }

    @Test
    void undeclaredTemplateSourceIsReported() {
        problem(templatesWith(pack -> template(pack).withArray("/sources").add("who")), "/templates/0/sources/1",
                "cites source 'who' which the pack does not declare");
    }

    @Test
    void templateMinutesMustNotRunBackwards() {
        problem(templatesWith(pack -> template(pack).putObject("minutes").put("min", 15).put("max", 10)),
                "/templates/0/minutes", "min 15 is greater than max 10");
    }

    @Test
    void unknownPhaseIsReported() {
        problem(templatesWith(pack -> template(pack).withArray("/phases").add("chronic")), "/templates/0/phases/2",
                "'chronic' is not one of");
    }

    @Test
    void everyTemplateProblemIsReportedTogether() {
        List<PackProblem> problems = problems(templatesWith(pack -> {
            section(pack, 0).put("kind", "cool-down");
            firstItem(pack).put("exerciseId", "plank").put("reps", 0);
            pack.withArray("/templates").add(template(pack).deepCopy());
        }));

        problem(problems, "/templates/0/sections/0/kind", "'cool-down' is not one of");
        problem(problems, FIRST_ITEM + "/reps", "at least 1");
        problem(problems, FIRST_ITEM + "/exerciseId", "uses exercise 'plank'");
        problem(problems, "/templates/1/id", "template id 'evening' is already used");
    }

    @Test
    void templateWithoutSourcesIsAWarningOnly() {
        ParseOutcome.Accepted accepted = accepted(templatesWith(pack -> template(pack).remove("sources")));

        problem(accepted.warnings(), "/templates/0", "template 'evening' cites no sources");
    }
}
