package org.limber.routine.api;

import java.util.List;

/**
 * A routine item with what the player needs: the exercise's name and steps and the dose to do.
 *
 * @param available false when its pack was removed or the personal exercise deleted: the player skips it and the
 *                  UI shows it as unavailable, the routine itself keeps it
 * @param excluded  true when one of the user's exclusions rules it out (shown as a warning, never removed)
 * @param dose      fully resolved: the item's overrides over the exercise's default
 */
public record ResolvedItem(String exerciseId, String name, boolean available, boolean personal, boolean excluded,
                           String summary, List<String> steps, List<String> cautions, List<String> stopIf,
                           ItemDose dose, String note) {
    public ResolvedItem {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        stopIf = List.copyOf(stopIf);
    }
}
