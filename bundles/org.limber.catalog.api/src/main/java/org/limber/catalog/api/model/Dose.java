package org.limber.catalog.api.model;

/**
 * One way of dosing an exercise. Every field but {@code perSide} is optional (null when the source does not say).
 * An exercise with no dose at all simply has an empty dose list.
 *
 * @param label         what this variant is, e.g. "Both knees" or "During a flare"; null for the main dose
 * @param holdSeconds   how long each hold lasts
 * @param reps          repetitions per set
 * @param sets          number of sets
 * @param perSide       whether the hold or reps apply to each side
 * @param minutes       duration in minutes (walking and other activities)
 * @param timesPerDay   how many times a day
 * @param buildUp       how to progress the dose over time, in plain words
 * @param note          anything else about the dose ("hold briefly at the top")
 * @param sourceId      the source that gives this dose, when sources disagree
 */
public record Dose(String label, Range holdSeconds, Range reps, Range sets, boolean perSide, Range minutes,
                   Range timesPerDay, String buildUp, String note, String sourceId) {
}
