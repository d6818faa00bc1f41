package org.limber.routine.api;

/**
 * One exercise in a routine.
 *
 * @param exerciseId a catalog id ({@code <packId>.<localId>}) or a personal exercise's id ({@code personal:<n>})
 * @param dose       overrides of the exercise's default dose; {@link ItemDose#DEFAULT} for none
 * @param note       at most 500 characters, or null
 */
public record RoutineItem(String exerciseId, ItemDose dose, String note) {
    public RoutineItem {
        dose = dose == null ? ItemDose.DEFAULT : dose;
    }
}
