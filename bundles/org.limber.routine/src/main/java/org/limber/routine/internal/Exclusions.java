package org.limber.routine.internal;

import java.util.Set;

import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Position;
import org.limber.routine.api.Exclusion;

/** Which exercises a standing exclusion rules out, judged by the exercise's positions and directions. */
final class Exclusions {
    private Exclusions() {
    }

    static boolean rulesOut(Set<Exclusion> exclusions, ExerciseFacts exercise) {
        return exclusions.stream().anyMatch(exclusion -> rulesOut(exclusion, exercise));
    }

    static boolean rulesOut(Exclusion exclusion, ExerciseFacts exercise) {
        return switch (exclusion) {
            case NO_KNEELING -> exercise.positions().contains(Position.KNEELING)
                    || exercise.positions().contains(Position.HANDS_AND_KNEES);
            case NO_FACE_DOWN -> exercise.positions().contains(Position.LYING_FACE_DOWN);
            case NO_EXTENSION -> exercise.directions().contains(Direction.EXTENSION);
            case NO_FLEXION -> exercise.directions().contains(Direction.FLEXION);
            case NO_ROTATION -> exercise.directions().contains(Direction.ROTATION);
            // Only when standing is the sole way to do it: an exercise that can also be done seated stays.
            case NO_STANDING -> !exercise.positions().isEmpty()
                    && exercise.positions().stream().allMatch(position -> position == Position.STANDING);
        };
    }
}
