package org.limber.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.ExercisePage;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.model.PackInfo;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.Source;

/** One immutable revision of the catalog, with what queries need precomputed. */
final class CatalogSnapshot implements CatalogView {
    private final long revision;
    private final List<PackInfo> packs;
    private final List<IndexedExercise> exercises;
    private final Map<String, Exercise> exercisesById;
    private final List<GuidanceArticle> guidance;
    private final Map<String, GuidanceArticle> guidanceById;
    private final Map<String, String> illustrations;
    private final List<RoutineTemplate> templates;
    private final Map<String, RoutineTemplate> templatesById;
    private final List<String> areas;

    private CatalogSnapshot(long revision, List<PackInfo> packs, List<IndexedExercise> exercises,
                            List<GuidanceArticle> guidance, Map<String, String> illustrations,
                            List<RoutineTemplate> templates) {
        this.revision = revision;
        this.packs = List.copyOf(packs);
        this.exercises = List.copyOf(exercises);
        Map<String, Exercise> byId = new HashMap<>();
        TreeSet<String> allAreas = new TreeSet<>();
        for (IndexedExercise indexed : exercises) {
            byId.put(indexed.exercise().id(), indexed.exercise());
            allAreas.addAll(indexed.exercise().areas());
        }
        this.exercisesById = Map.copyOf(byId);
        this.areas = List.copyOf(allAreas);
        this.guidance = List.copyOf(guidance);
        Map<String, GuidanceArticle> articles = new HashMap<>();
        guidance.forEach(a -> articles.put(a.id(), a));
        this.guidanceById = Map.copyOf(articles);
        this.illustrations = Map.copyOf(illustrations);
        this.templates = List.copyOf(templates);
        Map<String, RoutineTemplate> templateIds = new HashMap<>();
        templates.forEach(t -> templateIds.put(t.id(), t));
        this.templatesById = Map.copyOf(templateIds);
    }

    static CatalogSnapshot build(long revision, Map<String, PackContent> contents) {
        List<PackInfo> packs = new ArrayList<>();
        List<IndexedExercise> exercises = new ArrayList<>();
        List<GuidanceArticle> guidance = new ArrayList<>();
        Map<String, String> illustrations = new HashMap<>();
        List<RoutineTemplate> templates = new ArrayList<>();
        contents.values().stream()
                .sorted(Comparator.comparing(c -> c.info().id()))
                .forEach(content -> {
                    packs.add(content.info());
                    content.exercises().forEach(e -> exercises.add(IndexedExercise.of(e)));
                    guidance.addAll(content.guidance());
                    illustrations.putAll(content.illustrations());
                    content.templates().stream()
                            .sorted(Comparator.comparing(RoutineTemplate::name, String.CASE_INSENSITIVE_ORDER))
                            .forEach(templates::add);
                });
        exercises.sort(Comparator.comparing(IndexedExercise::sortName));
        guidance.sort(Comparator.comparing(GuidanceArticle::title, String.CASE_INSENSITIVE_ORDER));
        return new CatalogSnapshot(revision, packs, exercises, guidance, illustrations, templates);
    }

    int exerciseCount() {
        return exercises.size();
    }

    @Override
    public long revision() {
        return revision;
    }

    @Override
    public ExercisePage find(ExerciseQuery query) {
        return ExerciseSearch.run(exercises, query, revision);
    }

    @Override
    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercisesById.get(id));
    }

    @Override
    public List<GuidanceArticle> guidance() {
        return guidance;
    }

    @Override
    public Optional<GuidanceArticle> guidance(String id) {
        return Optional.ofNullable(guidanceById.get(id));
    }

    @Override
    public Optional<String> illustration(String imageId) {
        return Optional.ofNullable(illustrations.get(imageId));
    }

    @Override
    public List<PackInfo> packs() {
        return packs;
    }

    @Override
    public Optional<Source> source(String packId, String sourceId) {
        return packs.stream().filter(p -> p.id().equals(packId)).findFirst()
                .flatMap(p -> p.sources().stream().filter(s -> s.id().equals(sourceId)).findFirst());
    }

    @Override
    public List<RoutineTemplate> templates() {
        return templates;
    }

    @Override
    public Optional<RoutineTemplate> template(String id) {
        return Optional.ofNullable(templatesById.get(id));
    }

    @Override
    public List<String> areas() {
        return areas;
    }
}
