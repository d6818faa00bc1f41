package org.limber.catalog.api;

import java.util.List;

import org.limber.catalog.api.model.Exercise;

/** One page of a catalog search, taken from the revision it names. */
public record ExercisePage(List<Exercise> items, int total, int page, int size, long revision) {
    public ExercisePage {
        items = List.copyOf(items);
    }
}
