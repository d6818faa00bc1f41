package org.limber.journal.api;

/**
 * One exercise of a session, with the dose actually done.
 *
 * @param exerciseId   the catalog id (kept even if its pack is later removed), or a personal exercise's id
 * @param name         the exercise's name when it was done, so history reads well without the catalog
 * @param sets         sets done, or {@code null}
 * @param reps         repetitions per set (per side), or {@code null}
 * @param holdSeconds  hold per repetition in seconds, or {@code null}
 * @param response     how it felt, or {@code null} when not said
 * @param notes        at most 500 characters, or {@code null}
 */
public record ExerciseDone(String exerciseId, String name, Outcome outcome, Integer sets, Integer reps,
                           Integer holdSeconds, Sides sides, Response response, String notes) {
}
