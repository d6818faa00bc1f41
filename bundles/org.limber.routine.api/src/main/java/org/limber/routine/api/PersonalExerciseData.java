package org.limber.routine.api;

import java.util.List;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Position;

/**
 * An exercise of the user's own (or their physiotherapist's), without writing a pack.
 *
 * @param name       1 to 100 characters
 * @param summary    at most 500 characters, or null
 * @param steps      1 to 20 steps, each at most 500 characters
 * @param category   what kind it is (strengthening counts for the strengthening rules)
 * @param positions  starting positions, so that exclusions apply to it too
 * @param directions movement directions, so that exclusions apply to it too
 * @param dose       its default dose
 */
public record PersonalExerciseData(String name, String summary, List<String> steps, Category category,
                                   List<Position> positions, List<Direction> directions, ItemDose dose) {
    public PersonalExerciseData {
        steps = steps == null ? List.of() : List.copyOf(steps);
        positions = positions == null ? List.of() : List.copyOf(positions);
        directions = directions == null ? List.of() : List.copyOf(directions);
        dose = dose == null ? ItemDose.DEFAULT : dose;
    }
}
