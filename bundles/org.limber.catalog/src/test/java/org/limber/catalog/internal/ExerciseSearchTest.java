package org.limber.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.ExercisePage;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.Illustration;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.model.PackInfo;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.PhaseSuitability;
import org.limber.catalog.api.model.Position;
import org.limber.catalog.api.model.Range;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.Source;
import org.limber.catalog.api.model.TemplateItem;
import org.limber.catalog.api.model.TemplateSection;

/**
 * Full-text search, filters, sorting and paging of {@link CatalogSnapshot#find}. The fixture is five exercises in
 * two packs, chosen so that every filter and sort order picks out a different subset or order.
 */
class ExerciseSearchTest {

    // ---- fixtures (also used by CatalogSnapshotTest and CatalogComponentTest) ----

    static final Exercise KNEE_TO_CHEST = exercise("alpha", "knee-to-chest", "Knee to chest", List.of("Single knee hug"),
            "Gently pull one knee towards your chest.", Category.STRETCH,
            List.of(Position.LYING_ON_BACK, Position.SEATED), true, List.of("lower-back", "glutes"),
            List.of(Direction.FLEXION), List.of("Lie on your back.", "Hug the knee and hold."),
            List.of(Phase.ACUTE, Phase.SUBACUTE), "alpha.knee");
    static final Exercise BRIDGE = exercise("alpha", "bridge", "Bridge", List.of(), "Lift your hips off the floor.",
            Category.STRENGTHENING, List.of(Position.LYING_ON_BACK), false, List.of("glutes", "hamstrings"),
            List.of(Direction.EXTENSION), List.of("Press your feet into the floor and lift."),
            List.of(Phase.SUBACUTE, Phase.RECOVERY), null);
    /** Has no phase mapping at all. */
    static final Exercise FLOSS = exercise("alpha", "sciatic-floss", "Sciatic nerve floss", List.of("Nerve glide"),
            "Slide the nerve gently.", Category.NERVE_GLIDE, List.of(Position.SEATED), false, List.of("leg"),
            List.of(Direction.NERVE_GLIDE), List.of("Sit tall.", "Straighten the knee while looking up."), null,
            null);
    static final Exercise WALKING = exercise("beta", "walking", "Walking", List.of(),
            "A short walk keeps you moving.", Category.ACTIVITY, List.of(Position.STANDING), false,
            List.of("whole-body"), List.of(Direction.NEUTRAL), List.of("Walk at an easy pace."),
            List.of(Phase.SUBACUTE, Phase.RECOVERY), "beta.walk");
    static final Exercise COBRA = exercise("beta", "cobra", "Cobra (prone press-up)", List.of("McKenzie press-up"),
            "Arch your back gently.", Category.STRETCH, List.of(Position.LYING_FACE_DOWN), true,
            List.of("lower-back"), List.of(Direction.EXTENSION),
            List.of("Lie face down.", "Push your chest up, keeping your hips on the floor."),
            List.of(Phase.RECOVERY), null);

    static final Source NHS = new Source("nhs", "Sciatica exercises", "NHS", "https://www.nhs.uk/example");
    static final Source BOOK = new Source("book", "A book", null, null);

    static final GuidanceArticle ROUTINE = new GuidanceArticle("alpha.routine", "alpha", "Your routine",
            "How often.", "routine", List.of(), List.of("nhs"));
    static final GuidanceArticle BED = new GuidanceArticle("beta.bed", "beta", "bed set-up", "Pillows.", "set-up",
            List.of(), List.of());

    /** Alpha's two templates, handed over out of name order. */
    static final RoutineTemplate EVENING = template("alpha", "evening", "evening stretch", "alpha.knee-to-chest");
    static final RoutineTemplate DAILY = template("alpha", "daily", "Daily routine", "alpha.bridge");
    static final RoutineTemplate FLARE = template("beta", "flare", "A flare-day walk", "beta.walking");

    static final PackContent ALPHA = new PackContent(info("alpha", "1.0.0", List.of(NHS)),
            List.of(KNEE_TO_CHEST, BRIDGE, FLOSS), List.of(ROUTINE),
            Map.of("alpha.knee", "<svg id=\"knee\"/>"), List.of(EVENING, DAILY));
    static final PackContent BETA = new PackContent(info("beta", "2.1.0", List.of(BOOK)),
            List.of(WALKING, COBRA), List.of(BED), Map.of("beta.walk", "<svg id=\"walk\"/>"), List.of(FLARE));

    static RoutineTemplate template(String pack, String localId, String name, String exerciseId) {
        return new RoutineTemplate(pack + "." + localId, pack, name, "Summary of " + name, new Range(5, 10),
                List.of(Phase.SUBACUTE), List.of("Go gently."),
                List.of(new TemplateSection("stretching", null,
                        List.of(new TemplateItem(exerciseId, 30, null, null, true, null, null, null)))),
                List.of());
    }

    static PackInfo info(String id, String version, List<Source> sources) {
        return new PackInfo(id, version, 1, id + " pack", "Test pack " + id, "CC0-1.0", "en", sources);
    }

    static Exercise exercise(String pack, String localId, String name, List<String> aliases, String summary,
                             Category category, List<Position> positions, boolean inBed, List<String> areas,
                             List<Direction> directions, List<String> steps, List<Phase> phases, String imageId) {
        return new Exercise(pack + "." + localId, pack, name, aliases, summary, category, positions, inBed, areas,
                directions, List.of(), steps, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                phases == null ? null : new PhaseSuitability(phases, PhaseSuitability.EDITORIAL), List.of(),
                imageId == null ? null
                        : new Illustration(List.of(new Illustration.Frame(null, imageId)), "A drawing."));
    }

    /** Both packs, handed over beta first so that the snapshot's own ordering is what is tested. */
    static CatalogSnapshot snapshot(long revision) {
        Map<String, PackContent> contents = new LinkedHashMap<>();
        contents.put("beta", BETA);
        contents.put("alpha", ALPHA);
        return CatalogSnapshot.build(revision, contents);
    }

    /** A mutable stand-in for the query record's eleven components. */
    static final class Q {
        String text;
        Boolean inBed;
        Set<Position> positions = Set.of();
        Set<Category> categories = Set.of();
        Set<Direction> directions = Set.of();
        Set<Phase> phases = Set.of();
        Set<String> areas = Set.of();
        Set<String> packs = Set.of();
        ExerciseQuery.Sort sort = ExerciseQuery.Sort.NAME;
        int page;
        int size = ExerciseQuery.DEFAULT_SIZE;

        Q text(String value) { text = value; return this; }
        Q inBed(Boolean value) { inBed = value; return this; }
        Q positions(Position... values) { positions = Set.of(values); return this; }
        Q categories(Category... values) { categories = Set.of(values); return this; }
        Q directions(Direction... values) { directions = Set.of(values); return this; }
        Q phases(Phase... values) { phases = Set.of(values); return this; }
        Q areas(String... values) { areas = Set.of(values); return this; }
        Q packs(String... values) { packs = Set.of(values); return this; }
        Q sort(ExerciseQuery.Sort value) { sort = value; return this; }
        Q page(int value, int pageSize) { page = value; size = pageSize; return this; }

        ExerciseQuery build() {
            return new ExerciseQuery(text, inBed, positions, categories, directions, phases, areas, packs, sort,
                    page, size);
        }
    }

    static Q q() {
        return new Q();
    }

    private final CatalogSnapshot catalog = snapshot(7);

    private List<String> ids(Q query) {
        return catalog.find(query.build()).items().stream().map(Exercise::id).toList();
    }

    // ---- full-text search ----

    @Test
    void emptyQueryFindsEverythingByName() {
        ExercisePage page = catalog.find(ExerciseQuery.all());

        assertEquals(List.of("alpha.bridge", "beta.cobra", "alpha.knee-to-chest", "alpha.sciatic-floss",
                "beta.walking"), page.items().stream().map(Exercise::id).toList());
        assertEquals(5, page.total());
        assertEquals(7, page.revision());
    }

    @Test
    void blankTextDoesNotFilter() {
        assertEquals(5, catalog.find(q().text("   ").build()).total());
    }

    @Test
    void textMatchesTheName() {
        assertEquals(List.of("beta.cobra"), ids(q().text("cobra")));
    }

    @Test
    void textMatchesAnAlias() {
        assertEquals(List.of("beta.cobra"), ids(q().text("mckenzie")));
        assertEquals(List.of("alpha.sciatic-floss"), ids(q().text("glide")));
    }

    @Test
    void textMatchesTheSummary() {
        assertEquals(List.of("beta.walking"), ids(q().text("moving")));
    }

    @Test
    void textMatchesTheSteps() {
        assertEquals(List.of("alpha.sciatic-floss"), ids(q().text("straighten")));
    }

    @Test
    void everyWordMustMatchSomewhere() {
        // "knee" alone is in two exercises; only the floss also mentions "straighten".
        assertEquals(List.of("alpha.knee-to-chest", "alpha.sciatic-floss"), ids(q().text("knee")));
        assertEquals(List.of("alpha.sciatic-floss"), ids(q().text("knee straighten")));
        // One word in the name and one in the steps of the same exercise.
        assertEquals(List.of("beta.cobra"), ids(q().text("cobra floor")));
        assertEquals(List.of(), ids(q().text("cobra yoga")));
    }

    @Test
    void textIsCaseInsensitive() {
        assertEquals(List.of("beta.cobra"), ids(q().text("COBRA")));
        assertEquals(List.of("beta.cobra"), ids(q().text("McKeNZIE")));
    }

    @Test
    void punctuationInTheQueryIsIgnored() {
        assertEquals(List.of("alpha.knee-to-chest"), ids(q().text("  knee, chest!  ")));
        assertEquals(List.of("beta.cobra"), ids(q().text("(prone) press-up?")));
        assertEquals(List.of("alpha.knee-to-chest"), ids(q().text("knee-to-chest")));
    }

    @Test
    void queryOfOnlyPunctuationDoesNotFilter() {
        assertEquals(5, catalog.find(q().text("?!-").build()).total());
    }

    @Test
    void noMatchIsAnEmptyPage() {
        ExercisePage page = catalog.find(q().text("trampoline").build());

        assertEquals(List.of(), page.items());
        assertEquals(0, page.total());
    }

    // ---- filters ----

    @Test
    void inBedTrueAndFalse() {
        assertEquals(List.of("beta.cobra", "alpha.knee-to-chest"), ids(q().inBed(true)));
        assertEquals(List.of("alpha.bridge", "alpha.sciatic-floss", "beta.walking"), ids(q().inBed(false)));
    }

    @Test
    void positionsMatchAnyOfTheExercisesPositions() {
        // knee-to-chest's usual position is lying on its back; seated is its second one.
        assertEquals(List.of("alpha.knee-to-chest", "alpha.sciatic-floss"), ids(q().positions(Position.SEATED)));
        assertEquals(List.of("alpha.knee-to-chest", "alpha.sciatic-floss", "beta.walking"),
                ids(q().positions(Position.SEATED, Position.STANDING)));
        assertEquals(List.of(), ids(q().positions(Position.KNEELING)));
    }

    @Test
    void categories() {
        assertEquals(List.of("beta.cobra", "alpha.knee-to-chest"), ids(q().categories(Category.STRETCH)));
        assertEquals(List.of("beta.cobra", "alpha.knee-to-chest", "beta.walking"),
                ids(q().categories(Category.STRETCH, Category.ACTIVITY)));
    }

    @Test
    void directions() {
        assertEquals(List.of("alpha.bridge", "beta.cobra"), ids(q().directions(Direction.EXTENSION)));
        assertEquals(List.of("alpha.knee-to-chest", "alpha.sciatic-floss"),
                ids(q().directions(Direction.FLEXION, Direction.NERVE_GLIDE)));
    }

    @Test
    void phasesAndAnExerciseWithoutPhases() {
        assertEquals(List.of("alpha.knee-to-chest"), ids(q().phases(Phase.ACUTE)));
        assertEquals(List.of("alpha.bridge", "beta.cobra", "beta.walking"), ids(q().phases(Phase.RECOVERY)));
        // The floss has no phase mapping: every phase filter leaves it out.
        assertFalse(ids(q().phases(Phase.values())).contains("alpha.sciatic-floss"));
        assertEquals(4, catalog.find(q().phases(Phase.values()).build()).total());
    }

    @Test
    void areas() {
        assertEquals(List.of("alpha.bridge", "alpha.knee-to-chest"), ids(q().areas("glutes")));
        assertEquals(List.of("alpha.sciatic-floss", "beta.walking"), ids(q().areas("leg", "whole-body")));
        assertEquals(List.of(), ids(q().areas("neck")));
    }

    @Test
    void packs() {
        assertEquals(List.of("beta.cobra", "beta.walking"), ids(q().packs("beta")));
        assertEquals(5, catalog.find(q().packs("alpha", "beta").build()).total());
        assertEquals(List.of(), ids(q().packs("gamma")));
    }

    @Test
    void differentFiltersMustAllMatch() {
        assertEquals(List.of("beta.cobra"), ids(q().inBed(true).directions(Direction.EXTENSION)));
        assertEquals(List.of("alpha.knee-to-chest"), ids(q().categories(Category.STRETCH).packs("alpha")));
        assertEquals(List.of("alpha.bridge"),
                ids(q().positions(Position.LYING_ON_BACK).phases(Phase.RECOVERY)));
        assertEquals(List.of(), ids(q().inBed(true).categories(Category.ACTIVITY)));
    }

    @Test
    void valuesWithinOneFilterAreAlternativesAndStillAndWithTheOthers() {
        assertEquals(List.of("beta.cobra", "alpha.knee-to-chest"),
                ids(q().positions(Position.LYING_ON_BACK, Position.LYING_FACE_DOWN).categories(Category.STRETCH)));
        assertEquals(List.of("beta.cobra"), ids(q().positions(Position.LYING_ON_BACK, Position.LYING_FACE_DOWN)
                .categories(Category.STRETCH).packs("beta")));
    }

    @Test
    void textAndFiltersCombine() {
        // "floor" is in the bridge's summary and the cobra's steps; only the cobra is done in bed.
        assertEquals(List.of("alpha.bridge", "beta.cobra"), ids(q().text("floor")));
        assertEquals(List.of("beta.cobra"), ids(q().text("floor").inBed(true)));
    }

    // ---- sorting ----

    @Test
    void sortByNameDescending() {
        assertEquals(List.of("beta.walking", "alpha.sciatic-floss", "alpha.knee-to-chest", "beta.cobra",
                "alpha.bridge"), ids(q().sort(ExerciseQuery.Sort.NAME_DESC)));
    }

    @Test
    void sortByCategoryThenName() {
        // Category order is the enum's: stretch, strengthening, mobility, nerve glide, activity.
        assertEquals(List.of("beta.cobra", "alpha.knee-to-chest", "alpha.bridge", "alpha.sciatic-floss",
                "beta.walking"), ids(q().sort(ExerciseQuery.Sort.CATEGORY)));
    }

    @Test
    void nullSortMeansByName() {
        ExerciseQuery query = new ExerciseQuery(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, 0, 10);

        assertEquals(List.of("alpha.bridge", "beta.cobra", "alpha.knee-to-chest", "alpha.sciatic-floss",
                "beta.walking"), catalog.find(query).items().stream().map(Exercise::id).toList());
    }

    @Test
    void relevanceRanksANameMatchAboveAStepMatch() {
        // "press" is in the cobra's name and the bridge's steps; by name the bridge comes first.
        assertEquals(List.of("alpha.bridge", "beta.cobra"), ids(q().text("press")));
        assertEquals(List.of("beta.cobra", "alpha.bridge"),
                ids(q().text("press").sort(ExerciseQuery.Sort.RELEVANCE)));
    }

    @Test
    void relevanceRanksNamePrefixThenAliasThenBody() {
        // By name the order is A, B, Glide; by relevance it is the reverse: a name starting with the word, then
        // the word inside an alias, then the word only in the steps.
        Exercise inSteps = exercise("gamma", "a", "A stretch", List.of(), "Stretch.", Category.STRETCH,
                List.of(Position.SEATED), false, List.of("leg"), List.of(Direction.NEUTRAL),
                List.of("Then glide the leg."), null, null);
        Exercise inAlias = exercise("gamma", "b", "B move", List.of("Glide variant"), "Move.", Category.STRETCH,
                List.of(Position.SEATED), false, List.of("leg"), List.of(Direction.NEUTRAL), List.of("Move."), null,
                null);
        Exercise namePrefix = exercise("gamma", "c", "Glide", List.of(), "Glide.", Category.STRETCH,
                List.of(Position.SEATED), false, List.of("leg"), List.of(Direction.NEUTRAL), List.of("Go."), null,
                null);
        CatalogSnapshot gamma = CatalogSnapshot.build(1, Map.of("gamma", new PackContent(
                info("gamma", "1.0.0", List.of()), List.of(inSteps, inAlias, namePrefix), List.of(), Map.of())));

        assertEquals(List.of(inSteps, inAlias, namePrefix), gamma.find(q().text("glide").build()).items());
        assertEquals(List.of(namePrefix, inAlias, inSteps),
                gamma.find(q().text("glide").sort(ExerciseQuery.Sort.RELEVANCE).build()).items());
    }

    @Test
    void relevanceWithoutTextIsByName() {
        assertEquals(ids(q()), ids(q().sort(ExerciseQuery.Sort.RELEVANCE)));
    }

    // ---- paging ----

    @Test
    void pagesSliceTheSortedHits() {
        ExercisePage first = catalog.find(q().page(0, 2).build());
        ExercisePage second = catalog.find(q().page(1, 2).build());
        ExercisePage last = catalog.find(q().page(2, 2).build());

        assertEquals(List.of(BRIDGE, COBRA), first.items());
        assertEquals(List.of(KNEE_TO_CHEST, FLOSS), second.items());
        assertEquals(List.of(WALKING), last.items());
        for (ExercisePage page : List.of(first, second, last)) {
            assertEquals(5, page.total());
            assertEquals(2, page.size());
        }
        assertEquals(1, second.page());
    }

    @Test
    void pageBeyondTheEndIsEmptyWithTheTotal() {
        ExercisePage page = catalog.find(q().page(3, 2).build());

        assertEquals(List.of(), page.items());
        assertEquals(5, page.total());
        assertEquals(3, page.page());
    }

    @Test
    void hugePageNumberDoesNotOverflow() {
        ExercisePage page = catalog.find(q().page(Integer.MAX_VALUE, ExerciseQuery.MAX_SIZE).build());

        assertEquals(List.of(), page.items());
        assertEquals(5, page.total());
    }

    @Test
    void totalCountsFilteredHitsNotThePage() {
        ExercisePage page = catalog.find(q().inBed(false).page(0, 1).build());

        assertEquals(List.of(BRIDGE), page.items());
        assertEquals(3, page.total());
    }
}
