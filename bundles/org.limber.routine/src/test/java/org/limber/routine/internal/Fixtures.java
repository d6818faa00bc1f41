package org.limber.routine.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.SectionKind;

/** Personal exercises stand in for catalog ones here: the rules treat both alike. */
final class Fixtures {
    static final PersonalExercise BRIDGE = personal(1, "Glute bridge", Category.STRENGTHENING,
            List.of(Position.LYING_ON_BACK), List.of(Direction.NEUTRAL));
    static final PersonalExercise CHILDS_POSE = personal(2, "Child's pose", Category.STRETCH,
            List.of(Position.KNEELING), List.of(Direction.FLEXION));
    static final PersonalExercise PRESS_UP = personal(3, "Press-up", Category.STRETCH,
            List.of(Position.LYING_FACE_DOWN), List.of(Direction.EXTENSION));

    private Fixtures() {
    }

    static PersonalExercise personal(long id, String name, Category category, List<Position> positions,
                                     List<Direction> directions) {
        return new PersonalExercise(id, new PersonalExerciseData(name, null, List.of("Do it gently"), category,
                positions, directions, new ItemDose(20, null, 2, true, null, null)), Instant.EPOCH, Instant.EPOCH);
    }

    static ExerciseLookup lookup() {
        return lookupWithoutCatalog();
    }

    /** The user's exercises over a catalog with no packs installed. */
    static ExerciseLookup lookupWithoutCatalog() {
        return new ExerciseLookup(EmptyCatalog.VIEW, List.of(BRIDGE, CHILDS_POSE, PRESS_UP));
    }

    static RoutineData routine(Set<DayOfWeek> days, SectionKind kind, PersonalExercise... exercises) {
        List<RoutineItem> items = java.util.Arrays.stream(exercises)
                .map(exercise -> new RoutineItem(exercise.exerciseId(), ItemDose.DEFAULT, null)).toList();
        return new RoutineData("Evening", null, days, List.of(new RoutineSection(kind, null, items)), Set.of());
    }

    static Routine stored(long id, RoutineData data) {
        return new Routine(id, data.name(), data.notes(), data.days(), data.sections(), data.keptDespiteStop(), null,
                Instant.EPOCH, Instant.EPOCH);
    }

    static RoutineRules.Context context(List<Routine> others, Phase phase, Set<String> stop) {
        return new RoutineRules.Context(others, lookup(), Set.of(), phase, stop);
    }
}
