package org.limber.routine.internal;

import org.limber.routine.api.ItemDose;

/** The dose the player runs: an item's overrides over the exercise's default, with nothing left open. */
final class Doses {
    /** Rest between sets when neither the routine nor the exercise says. */
    static final int DEFAULT_REST_SECONDS = 15;

    private Doses() {
    }

    static ItemDose resolve(ItemDose override, ItemDose exerciseDefault) {
        ItemDose base = exerciseDefault == null ? ItemDose.DEFAULT : exerciseDefault;
        Integer hold = first(override.holdSeconds(), base.holdSeconds());
        Integer reps = first(override.reps(), base.reps());
        Integer minutes = first(override.minutes(), base.minutes());
        boolean perSide = override.perSide() != null ? override.perSide()
                : base.perSide() != null && base.perSide();
        int sets = value(first(override.sets(), base.sets()), 1);
        int rest = value(first(override.restSeconds(), base.restSeconds()), sets > 1 ? DEFAULT_REST_SECONDS : 0);
        // An exercise with neither a hold, repetitions nor a duration is done once, at the user's pace.
        int resolvedReps = value(reps, hold == null && minutes == null ? 1 : 0);
        return new ItemDose(value(hold, 0), resolvedReps, sets, perSide, rest, value(minutes, 0));
    }

    private static Integer first(Integer preferred, Integer fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static int value(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
