package org.limber.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.limber.catalog.api.ExercisePage;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.model.Exercise;

/** Filters, scores, sorts and pages the exercises of one snapshot. */
final class ExerciseSearch {
    private ExerciseSearch() {
    }

    private record Hit(IndexedExercise indexed, int score) {
    }

    static ExercisePage run(List<IndexedExercise> exercises, ExerciseQuery query, long revision) {
        List<String> words = words(query.text());
        List<Hit> hits = new ArrayList<>();
        for (IndexedExercise indexed : exercises) {
            if (!matchesFilters(indexed.exercise(), query)) {
                continue;
            }
            int score = words.isEmpty() ? 1 : indexed.score(words);
            if (score > 0) {
                hits.add(new Hit(indexed, score));
            }
        }
        hits.sort(order(query.sort()));
        int from = (int) Math.min((long) query.page() * query.size(), hits.size());
        int to = Math.min(from + query.size(), hits.size());
        List<Exercise> items = hits.subList(from, to).stream().map(h -> h.indexed().exercise()).toList();
        return new ExercisePage(items, hits.size(), query.page(), query.size(), revision);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(IndexedExercise.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean matchesFilters(Exercise e, ExerciseQuery q) {
        return (q.inBed() == null || q.inBed() == e.inBed())
                && anyOf(q.positions(), e.positions())
                && (q.categories().isEmpty() || q.categories().contains(e.category()))
                && anyOf(q.directions(), e.directions())
                && anyOf(q.phases(), e.phases() == null ? List.of() : e.phases().phases())
                && anyOf(q.areas(), e.areas())
                && (q.packs().isEmpty() || q.packs().contains(e.packId()));
    }

    private static <T> boolean anyOf(Set<T> wanted, Collection<T> actual) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (T value : actual) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static Comparator<Hit> order(ExerciseQuery.Sort sort) {
        Comparator<Hit> byName = Comparator.comparing(h -> h.indexed().sortName());
        Comparator<Hit> byId = Comparator.comparing(h -> h.indexed().exercise().id());
        return switch (sort) {
            case NAME -> byName.thenComparing(byId);
            case NAME_DESC -> byName.reversed().thenComparing(byId);
            case CATEGORY -> Comparator.<Hit, Integer>comparing(h -> h.indexed().exercise().category().ordinal())
                    .thenComparing(byName).thenComparing(byId);
            case RELEVANCE -> Comparator.comparingInt(Hit::score).reversed().thenComparing(byName).thenComparing(byId);
        };
    }
}
