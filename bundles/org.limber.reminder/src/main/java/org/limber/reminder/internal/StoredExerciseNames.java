package org.limber.reminder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.model.Exercise;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.storage.api.RoutineStore;

/**
 * Names from the catalog (when it runs) and the user's personal exercises; an exercise found in neither (its pack
 * was removed) is named by its id's last part.
 */
final class StoredExerciseNames implements ExerciseNames {
    private final RoutineStore routines;
    private final Supplier<CatalogView> catalog;

    StoredExerciseNames(RoutineStore routines, Supplier<CatalogView> catalog) {
        this.routines = routines;
        this.catalog = catalog;
    }

    @Override
    public List<String> of(long userId, long routineId) {
        Routine routine = routines.routine(userId, routineId).orElse(null);
        if (routine == null) {
            return List.of();
        }
        CatalogView view = catalog.get();
        List<String> names = new ArrayList<>();
        for (RoutineSection section : routine.sections()) {
            for (RoutineItem item : section.items()) {
                names.add(name(userId, item.exerciseId(), view));
            }
        }
        return names;
    }

    private String name(long userId, String exerciseId, CatalogView view) {
        if (exerciseId.startsWith(PersonalExercise.ID_PREFIX)) {
            try {
                long id = Long.parseLong(exerciseId.substring(PersonalExercise.ID_PREFIX.length()));
                return routines.personalExercise(userId, id).map(p -> p.data().name()).orElse("your own exercise");
            } catch (NumberFormatException e) {
                return "your own exercise";
            }
        }
        if (view != null) {
            String name = view.exercise(exerciseId).map(Exercise::name).orElse(null);
            if (name != null) {
                return name;
            }
        }
        return exerciseId.substring(exerciseId.lastIndexOf('.') + 1);
    }
}
