package org.limber.routine.api;

import java.util.List;
import org.limber.catalog.api.model.Phase;

/**
 * Where the user is in the phases the sources describe, and whether their journal suggests moving on (or back).
 * Only ever a suggestion: the user sets their phase.
 *
 * @param current   the phase the user set (subacute until they set one)
 * @param suggested the phase the pain trend suggests, equal to current when there is nothing to suggest
 * @param reason    why, from the user's own figures, in plain words
 * @param changes   what moving to the suggested phase changes in a routine
 */
public record Progression(Phase current, Phase suggested, String reason, List<String> changes) {
    public Progression {
        changes = List.copyOf(changes);
    }
}
