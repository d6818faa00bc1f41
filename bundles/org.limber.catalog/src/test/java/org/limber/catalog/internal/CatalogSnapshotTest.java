package org.limber.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.catalog.internal.ExerciseSearchTest.ALPHA;
import static org.limber.catalog.internal.ExerciseSearchTest.BED;
import static org.limber.catalog.internal.ExerciseSearchTest.BETA;
import static org.limber.catalog.internal.ExerciseSearchTest.COBRA;
import static org.limber.catalog.internal.ExerciseSearchTest.NHS;
import static org.limber.catalog.internal.ExerciseSearchTest.BOOK;
import static org.limber.catalog.internal.ExerciseSearchTest.DAILY;
import static org.limber.catalog.internal.ExerciseSearchTest.EVENING;
import static org.limber.catalog.internal.ExerciseSearchTest.FLARE;
import static org.limber.catalog.internal.ExerciseSearchTest.ROUTINE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.PackInfo;

/** Look-ups and immutability of one catalog snapshot; searching is in {@link ExerciseSearchTest}. */
class CatalogSnapshotTest {
    private final CatalogSnapshot catalog = ExerciseSearchTest.snapshot(3);

    @Test
    void revisionIsTheOneItWasBuiltWith() {
        assertEquals(3, catalog.revision());
        assertEquals(3, catalog.find(ExerciseQuery.all()).revision());
    }

    @Test
    void packsAreSortedById() {
        assertEquals(List.of("alpha", "beta"), catalog.packs().stream().map(PackInfo::id).toList());
        assertEquals(5, catalog.exerciseCount());
    }

    @Test
    void exerciseById() {
        assertEquals(Optional.of(COBRA), catalog.exercise("beta.cobra"));
        assertEquals(Optional.empty(), catalog.exercise("cobra"), "ids are pack-qualified");
        assertEquals(Optional.empty(), catalog.exercise("alpha.cobra"));
    }

    @Test
    void guidanceListedByTitleIgnoringCase() {
        // "bed set-up" sorts before "Your routine" only when case is ignored ('Y' < 'b' in plain order).
        assertEquals(List.of(BED, ROUTINE), catalog.guidance());
    }

    @Test
    void guidanceById() {
        assertEquals(Optional.of(ROUTINE), catalog.guidance("alpha.routine"));
        assertEquals(Optional.of(BED), catalog.guidance("beta.bed"));
        assertEquals(Optional.empty(), catalog.guidance("alpha.bed"));
    }

    @Test
    void illustrationsOfEveryPack() {
        assertEquals(Optional.of("<svg id=\"knee\"/>"), catalog.illustration("alpha.knee"));
        assertEquals(Optional.of("<svg id=\"walk\"/>"), catalog.illustration("beta.walk"));
        assertEquals(Optional.empty(), catalog.illustration("beta.knee"));
    }

    @Test
    void sourceIsLookedUpInTheNamedPackOnly() {
        assertEquals(Optional.of(NHS), catalog.source("alpha", "nhs"));
        assertEquals(Optional.of(BOOK), catalog.source("beta", "book"));
        assertEquals(Optional.empty(), catalog.source("beta", "nhs"), "nhs is alpha's source, not beta's");
        assertEquals(Optional.empty(), catalog.source("gamma", "nhs"));
    }

    @Test
    void templatesListedByPackThenNameIgnoringCase() {
        assertEquals(List.of(DAILY, EVENING, FLARE), catalog.templates());
    }

    @Test
    void templateById() {
        assertEquals(Optional.of(EVENING), catalog.template("alpha.evening"));
        assertEquals(Optional.of(FLARE), catalog.template("beta.flare"));
        assertEquals(Optional.empty(), catalog.template("flare"), "ids are pack-qualified");
        assertEquals(Optional.empty(), catalog.template("alpha.flare"));
    }

    @Test
    void areasAreDistinctAndSorted() {
        assertEquals(List.of("glutes", "hamstrings", "leg", "lower-back", "whole-body"), catalog.areas());
    }

    @Test
    void emptyCatalog() {
        CatalogSnapshot empty = CatalogSnapshot.build(0, Map.of());

        assertEquals(0, empty.find(ExerciseQuery.all()).total());
        assertEquals(List.of(), empty.packs());
        assertEquals(List.of(), empty.areas());
        assertEquals(List.of(), empty.guidance());
        assertEquals(List.of(), empty.templates());
        assertEquals(Optional.empty(), empty.exercise("alpha.bridge"));
        assertEquals(Optional.empty(), empty.template("alpha.daily"));
    }

    @Test
    void aLaterBuildDoesNotChangeAnEarlierView() {
        Map<String, org.limber.catalog.api.model.PackContent> contents = new HashMap<>();
        contents.put("alpha", ALPHA);
        CatalogSnapshot first = CatalogSnapshot.build(1, contents);

        contents.put("beta", BETA);
        CatalogSnapshot second = CatalogSnapshot.build(2, contents);
        contents.clear();

        assertEquals(List.of("alpha"), first.packs().stream().map(PackInfo::id).toList());
        assertEquals(3, first.find(ExerciseQuery.all()).total());
        assertEquals(Optional.empty(), first.exercise("beta.cobra"));
        assertEquals(Optional.empty(), first.illustration("beta.walk"));
        assertEquals(List.of(DAILY, EVENING), first.templates());
        assertEquals(Optional.empty(), first.template("beta.flare"));
        assertEquals(List.of("glutes", "hamstrings", "leg", "lower-back"), first.areas());
        assertEquals(1, first.revision());

        assertEquals(5, second.find(ExerciseQuery.all()).total());
        assertEquals(Optional.of(COBRA), second.exercise("beta.cobra"));
        assertEquals(2, second.revision());
    }

    @Test
    void viewsCannotBeModifiedThroughTheirLists() {
        assertThrows(UnsupportedOperationException.class, () -> catalog.packs().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalog.areas().add("neck"));
        assertThrows(UnsupportedOperationException.class, () -> catalog.guidance().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalog.templates().clear());
        List<Exercise> items = catalog.find(ExerciseQuery.all()).items();
        assertThrows(UnsupportedOperationException.class, () -> items.remove(0));

        assertEquals(5, catalog.find(ExerciseQuery.all()).total());
        assertEquals(3, catalog.templates().size());
        assertTrue(catalog.areas().contains("glutes"));
    }
}
