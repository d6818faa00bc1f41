package org.limber.routine.internal;

import java.util.List;

import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;
import org.limber.routine.api.ItemDose;

/**
 * What the rules and the player need to know of one exercise, whether it comes from a pack or is the user's own.
 *
 * @param phases      the phases it suits; empty when nobody said (personal exercises)
 * @param defaultDose its usual dose, fields null where it has none
 */
record ExerciseFacts(String id, String name, boolean personal, Category category, List<Position> positions,
                     List<Direction> directions, List<Phase> phases, String summary, List<String> steps,
                     List<String> cautions, List<String> stopIf, ItemDose defaultDose) {
    ExerciseFacts {
        positions = List.copyOf(positions);
        directions = List.copyOf(directions);
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        stopIf = List.copyOf(stopIf);
    }

    boolean strengthening() {
        return category == Category.STRENGTHENING;
    }
}
