package org.limber.catalog.api;

import java.util.List;
import java.util.Optional;

import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.PackInfo;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.Source;
import org.osgi.annotation.versioning.ProviderType;

/** One immutable revision of the catalog. */
@ProviderType
public interface CatalogView {
    /** Increases by one with every change; usable as an entity tag. */
    long revision();

    ExercisePage find(ExerciseQuery query);

    Optional<Exercise> exercise(String id);

    List<GuidanceArticle> guidance();

    Optional<GuidanceArticle> guidance(String id);

    /** The SVG document of an illustration frame, by its image id. */
    Optional<String> illustration(String imageId);

    /** The packs whose content is in this view. */
    List<PackInfo> packs();

    /** A source cited by an exercise or article of the given pack. */
    Optional<Source> source(String packId, String sourceId);

    /** Routine templates of every pack in this view, by pack then name. */
    List<RoutineTemplate> templates();

    Optional<RoutineTemplate> template(String id);

    /** Every distinct body area named by an exercise in this view, sorted. */
    List<String> areas();
}
