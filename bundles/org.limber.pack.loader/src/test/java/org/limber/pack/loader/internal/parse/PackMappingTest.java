package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.parse.TestPacks.accepted;
import static org.limber.pack.loader.internal.parse.TestPacks.firstExercise;
import static org.limber.pack.loader.internal.parse.TestPacks.miniWith;
import static org.limber.pack.loader.internal.parse.TestPacks.problem;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.model.Block;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Dose;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.Illustration;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.model.PackInfo;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.PhaseSuitability;
import org.limber.catalog.api.model.Position;
import org.limber.catalog.api.model.Range;
import org.limber.catalog.api.model.Source;

class PackMappingTest {
    private final ParseOutcome.Accepted accepted = accepted(TestPacks.parse("valid-small.pack.json"));
    private final PackContent content = accepted.content();

    @Test
    void validPackHasNoWarnings() {
        assertEquals(List.of(), accepted.warnings());
    }

    @Test
    void packInfoIsMapped() {
        PackInfo info = content.info();

        assertEquals("test-pack", info.id());
        assertEquals("1.2.3", info.version());
        assertEquals(1, info.schemaVersion());
        assertEquals("Test pack", info.name());
        assertEquals("CC-BY-4.0", info.license());
        assertEquals("en-GB", info.language());
        assertEquals(List.of(new Source("nhs", "Sciatica exercises", "NHS", "https://www.nhs.uk/example"),
                new Source("book", "A book without a web page", null, null)), info.sources());
    }

    @Test
    void exerciseIdsAndLinksArePackQualified() {
        Exercise knee = exercise("test-pack.knee-to-chest");
        Exercise bridge = exercise("test-pack.bridge");

        assertEquals("test-pack", knee.packId());
        assertEquals(List.of("test-pack.bridge"), knee.progressions());
        assertEquals(List.of("test-pack.knee-to-chest"), bridge.regressions());
        assertEquals(List.of("nhs"), knee.sourceIds(), "source ids stay local to the pack");
    }

    @Test
    void exerciseFieldsAreMapped() {
        Exercise knee = exercise("test-pack.knee-to-chest");

        assertEquals("Knee to chest", knee.name());
        assertEquals(List.of("Single knee hug"), knee.aliases());
        assertEquals(Category.STRETCH, knee.category());
        assertEquals(List.of(Position.LYING_ON_BACK, Position.SEATED), knee.positions());
        assertTrue(knee.inBed());
        assertEquals(List.of("lower-back", "glutes"), knee.areas());
        assertEquals(List.of(Direction.FLEXION), knee.directions());
        assertEquals(3, knee.steps().size());
        assertEquals(List.of("Pain spreads down your leg."), knee.stopIf());
        assertEquals(List.of("Pillow"), knee.equipment());
        assertEquals(new PhaseSuitability(List.of(Phase.ACUTE, Phase.SUBACUTE), "test-editorial"), knee.phases());
    }

    @Test
    void dosesAndRangesAreMapped() {
        List<Dose> doses = exercise("test-pack.knee-to-chest").doses();

        assertEquals(new Dose(null, Range.of(20), new Range(2, 3), null, true, null, new Range(1, 2), null, null,
                "nhs"), doses.get(0));
        assertEquals(new Dose("Both knees", new Range(10, 30), null, null, false, null, null, "Add a rep a week.",
                "Only if one knee is easy.", null), doses.get(1));
    }

    @Test
    void missingOptionalListsBecomeEmpty() {
        Exercise bridge = exercise("test-pack.bridge");

        assertEquals(List.of(), bridge.aliases());
        assertEquals(List.of(), bridge.doses());
        assertEquals(List.of(), bridge.benefits());
        assertEquals(List.of(), bridge.progressions());
        assertEquals(new PhaseSuitability(List.of(), "test-editorial"), bridge.phases());
        assertFalse(bridge.inBed());
    }

    @Test
    void illustrationFramesAndImagesArePackQualified() {
        Illustration drawing = exercise("test-pack.knee-to-chest").illustration();

        assertEquals(List.of(new Illustration.Frame("Start", "test-pack.knee-start"),
                new Illustration.Frame("Hold", "test-pack.knee-hold")), drawing.frames());
        assertEquals("A person on their back hugging one knee.", drawing.alt());
        assertEquals(Set.of("test-pack.knee-start", "test-pack.knee-hold", "test-pack.bridge"),
                content.illustrations().keySet());
        assertTrue(content.illustrations().get("test-pack.bridge").startsWith("<svg"));
    }

    @Test
    void guidanceIsMappedWithBlocks() {
        GuidanceArticle article = content.guidance().get(0);

        assertEquals("test-pack.routine", article.id());
        assertEquals("test-pack", article.packId());
        assertEquals("routine", article.topic());
        assertEquals(List.of("nhs"), article.sourceIds());
        assertEquals(List.of(new Block(Block.Kind.HEADING, "Little and often", null),
                new Block(Block.Kind.PARAGRAPH, "Do the exercises every day.", null),
                new Block(Block.Kind.BULLETS, null, List.of("Morning", "Evening")),
                new Block(Block.Kind.CALLOUT, "Stop if the pain gets worse.", null)), article.blocks());
    }

    @Test
    void phaseBasisDefaultsToPackEditorial() {
        Exercise cat = accepted(TestPacks.parse("mini.pack.json")).content().exercises().get(0);

        assertEquals("pack-editorial", cat.phases().basis());
    }

    @Test
    void exerciseWithoutIllustrationOrSourcesIsAcceptedWithWarnings() {
        byte[] document = miniWith(pack -> {
            firstExercise(pack).remove("illustration");
            firstExercise(pack).remove("sources");
        });

        ParseOutcome.Accepted result = accepted(TestPacks.PARSER.parse("mini.pack.json", document,
                ResourceResolver.none()));

        problem(result.warnings(), "/exercises/0", "exercise 'cat-camel' has no illustration");
        problem(result.warnings(), "/exercises/0", "exercise 'cat-camel' cites no sources");
        problem(result.warnings(), "/illustrations/0", "illustration 'cat' is not shown by any exercise");
        assertNull(result.content().exercises().get(0).illustration());
    }

    private Exercise exercise(String id) {
        return content.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no exercise " + id + " in " + content.exercises()));
    }
}
