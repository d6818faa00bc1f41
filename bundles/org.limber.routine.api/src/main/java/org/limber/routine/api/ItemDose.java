package org.limber.routine.api;

/**
 * A dose in a routine. In a routine item every field is an override and null means "the exercise's own default";
 * in a {@link ResolvedItem} every field is resolved (0 or false where the exercise has no such part).
 *
 * @param holdSeconds  seconds each hold lasts
 * @param reps         repetitions per set (per side when {@code perSide})
 * @param sets         sets
 * @param perSide      whether holds and reps are done on the left and then the right
 * @param restSeconds  rest between sets
 * @param minutes      duration of a timed activity such as walking
 */
public record ItemDose(Integer holdSeconds, Integer reps, Integer sets, Boolean perSide, Integer restSeconds,
                       Integer minutes) {
    public static final ItemDose DEFAULT = new ItemDose(null, null, null, null, null, null);
}
