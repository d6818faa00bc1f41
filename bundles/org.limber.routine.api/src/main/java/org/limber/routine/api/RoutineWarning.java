package org.limber.routine.api;

/**
 * A routine rule that applies, in plain words.
 *
 * @param code              {@code strengthening-frequency}, {@code strengthening-rest-day}, {@code stop-this-one},
 *                          {@code acute-strengthening}, {@code acute-caution}, {@code excluded},
 *                          {@code unavailable}, {@code unknown-exercise}
 * @param message           what to know, in the user's terms
 * @param exerciseId        the exercise it concerns, or null for the whole routine
 * @param needsConfirmation true when saving is refused until the user confirms (keeps or swaps the exercise)
 */
public record RoutineWarning(String code, String message, String exerciseId, boolean needsConfirmation) {
}
