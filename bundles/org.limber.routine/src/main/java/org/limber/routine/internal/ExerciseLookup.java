package org.limber.routine.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.model.Dose;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.Range;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;

/** Finds exercises by routine item id: in the catalog as it is now, or among one user's personal exercises. */
final class ExerciseLookup {
    private final CatalogView catalog;
    private final Map<String, PersonalExercise> personal = new HashMap<>();

    ExerciseLookup(CatalogView catalog, List<PersonalExercise> personalExercises) {
        this.catalog = catalog;
        personalExercises.forEach(exercise -> personal.put(exercise.exerciseId(), exercise));
    }

    /** Empty when the pack that had it was removed, or the personal exercise deleted. */
    Optional<ExerciseFacts> find(String exerciseId) {
        if (exerciseId.startsWith(PersonalExercise.ID_PREFIX)) {
            return Optional.ofNullable(personal.get(exerciseId)).map(ExerciseLookup::facts);
        }
        return catalog.exercise(exerciseId).map(ExerciseLookup::facts);
    }

    static ExerciseFacts facts(Exercise exercise) {
        return new ExerciseFacts(exercise.id(), exercise.name(), false, exercise.category(), exercise.positions(),
                exercise.directions(), exercise.phases() == null ? List.of() : exercise.phases().phases(),
                exercise.summary(), exercise.steps(), exercise.cautions(), exercise.stopIf(),
                mainDose(exercise.doses()));
    }

    static ExerciseFacts facts(PersonalExercise exercise) {
        PersonalExerciseData data = exercise.data();
        return new ExerciseFacts(exercise.exerciseId(), data.name(), true, data.category(), data.positions(),
                data.directions(), List.of(), data.summary(), data.steps(), List.of(), List.of(), data.dose());
    }

    /**
     * The dose a routine starts from: the exercise's first dose, taking the low end of each range (the sources
     * say to start gently and build up).
     */
    static ItemDose mainDose(List<Dose> doses) {
        if (doses.isEmpty()) {
            return ItemDose.DEFAULT;
        }
        Dose dose = doses.get(0);
        return new ItemDose(low(dose.holdSeconds()), low(dose.reps()), low(dose.sets()), dose.perSide(), null,
                low(dose.minutes()));
    }

    private static Integer low(Range range) {
        return range == null ? null : range.min();
    }
}
