package org.limber.catalog.api;

import java.util.Set;

import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;

/**
 * A search of the catalog. Empty sets and null values do not filter; several values of one filter match any of
 * them, and different filters must all match.
 *
 * @param text       words that must all appear in the name, aliases, summary or steps (case-insensitive)
 * @param inBed      only exercises that can (true) or cannot (false) be done in bed
 * @param positions  starting positions
 * @param categories categories
 * @param directions movement directions
 * @param phases     recovery phases
 * @param areas      body areas
 * @param packs      pack ids
 * @param sort       order of the results
 * @param page       zero-based page number
 * @param size       page size, 1 to {@link #MAX_SIZE}
 */
public record ExerciseQuery(String text, Boolean inBed, Set<Position> positions, Set<Category> categories,
                            Set<Direction> directions, Set<Phase> phases, Set<String> areas, Set<String> packs,
                            Sort sort, int page, int size) {
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public ExerciseQuery {
        positions = Set.copyOf(positions);
        categories = Set.copyOf(categories);
        directions = Set.copyOf(directions);
        phases = Set.copyOf(phases);
        areas = Set.copyOf(areas);
        packs = Set.copyOf(packs);
        sort = sort == null ? Sort.NAME : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE);
        }
    }

    /** Everything, first page, by name. */
    public static ExerciseQuery all() {
        return new ExerciseQuery(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Sort.NAME,
                0, MAX_SIZE);
    }

    public enum Sort {
        /** By name, A to Z. */
        NAME,
        /** By name, Z to A. */
        NAME_DESC,
        /** By category, then name. */
        CATEGORY,
        /** Best text match first (by name when there is no text). */
        RELEVANCE
    }
}
