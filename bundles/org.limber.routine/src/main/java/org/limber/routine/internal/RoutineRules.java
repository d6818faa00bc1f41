package org.limber.routine.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.RoutineWarning;
import org.limber.routine.api.SectionKind;

/**
 * The routine rules of the sources, applied to one routine in the context of the user's other routines, their
 * phase, exclusions and what their journal says about each exercise.
 */
final class RoutineRules {
    /** Strength sessions 2 to 3 times a week, with recovery days between. */
    static final int MAX_STRENGTH_DAYS = 3;

    record Context(List<Routine> otherRoutines, ExerciseLookup exercises, Set<Exclusion> exclusions, Phase phase,
                   Set<String> stopExerciseIds) {
    }

    private RoutineRules() {
    }

    static List<RoutineWarning> check(RoutineData routine, Context context) {
        List<RoutineWarning> warnings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (RoutineSection section : routine.sections()) {
            for (RoutineItem item : section.items()) {
                if (seen.add(item.exerciseId())) {
                    checkExercise(item.exerciseId(), routine, context, warnings);
                }
            }
        }
        boolean strengthening = hasStrengthening(routine, context.exercises());
        if (strengthening) {
            strengthDays(routine, context, warnings);
            if (context.phase() == Phase.ACUTE) {
                warnings.add(new RoutineWarning("acute-strengthening", "You are in the acute phase (pain is high): "
                        + "the sources advise gentle movement and walking only for now, and adding gentle "
                        + "strengthening once pain is easing.", null, false));
            }
        }
        return warnings;
    }

    private static void checkExercise(String id, RoutineData routine, Context context,
                                      List<RoutineWarning> warnings) {
        Optional<ExerciseFacts> found = context.exercises().find(id);
        if (found.isEmpty()) {
            warnings.add(new RoutineWarning("unavailable", "This exercise is not available any more (its pack was "
                    + "removed or it was deleted). The routine keeps it and skips it when you play the routine.",
                    id, false));
            return;
        }
        ExerciseFacts exercise = found.get();
        if (context.stopExerciseIds().contains(id)) {
            boolean kept = routine.keptDespiteStop().contains(id);
            warnings.add(new RoutineWarning("stop-this-one", "Your journal shows leg pain spreading further down the "
                    + "leg after " + exercise.name() + ". The sources say to stop an exercise that does this. "
                    + (kept ? "You chose to keep it: watch how your leg pain responds."
                            : "Keep it anyway, or swap it for another exercise?"), id, !kept));
        }
        if (Exclusions.rulesOut(context.exclusions(), exercise)) {
            warnings.add(new RoutineWarning("excluded", exercise.name() + " goes against one of your exclusions ("
                    + excludedBy(context.exclusions(), exercise) + ").", id, false));
        }
        if (context.phase() == Phase.ACUTE) {
            acuteCautions(exercise, warnings);
        }
    }

    private static void acuteCautions(ExerciseFacts exercise, List<RoutineWarning> warnings) {
        if (exercise.directions().contains(Direction.FLEXION)) {
            warnings.add(new RoutineWarning("acute-caution", exercise.name() + " bends you forward. Forward bends are "
                    + "on the sources' approach-with-caution list: they can worsen disc-related sciatica (though they "
                    + "may ease stenosis). Go gently and stop if pain spreads down the leg.", exercise.id(), false));
        } else if (!exercise.phases().isEmpty() && !exercise.phases().contains(Phase.ACUTE)) {
            warnings.add(new RoutineWarning("acute-caution", exercise.name() + " is not one for the acute phase: "
                    + "while pain is high, keep to gentle movement, walking and comfortable positions.",
                    exercise.id(), false));
        }
    }

    private static String excludedBy(Set<Exclusion> exclusions, ExerciseFacts exercise) {
        Set<String> names = new TreeSet<>();
        for (Exclusion exclusion : exclusions) {
            if (Exclusions.rulesOut(exclusion, exercise)) {
                names.add(exclusion.wireName().replace('-', ' '));
            }
        }
        return String.join(", ", names);
    }

    private static void strengthDays(RoutineData routine, Context context, List<RoutineWarning> warnings) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(routine.days());
        for (Routine other : context.otherRoutines()) {
            if (hasStrengthening(other.data(), context.exercises())) {
                days.addAll(other.days());
            }
        }
        if (days.size() > MAX_STRENGTH_DAYS) {
            warnings.add(new RoutineWarning("strengthening-frequency", "Your routines plan strengthening on "
                    + days.size() + " days a week. The sources advise strength work 2 to 3 times a week, with "
                    + "recovery days between; gentle stretching can be daily.", null, false));
        } else {
            for (DayOfWeek day : days) {
                if (days.contains(day.plus(1))) {
                    warnings.add(new RoutineWarning("strengthening-rest-day", "Strengthening is planned on "
                            + label(day) + " and " + label(day.plus(1)) + ". Leave a rest day between strength "
                            + "sessions.", null, false));
                    break;
                }
            }
        }
    }

    static boolean hasStrengthening(RoutineData routine, ExerciseLookup exercises) {
        for (RoutineSection section : routine.sections()) {
            if (section.kind() == SectionKind.STRENGTHENING && !section.items().isEmpty()) {
                return true;
            }
            for (RoutineItem item : section.items()) {
                if (exercises.find(item.exerciseId()).map(ExerciseFacts::strengthening).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String label(DayOfWeek day) {
        String name = day.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
