package org.limber.routine.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.limber.routine.api.ItemDose;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineException;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.SectionKind;

/** Checks what users send before anything is stored; each problem names its field as a JSON pointer. */
final class RoutineValidator {
    static final int MAX_SECTIONS = 10;
    static final int MAX_ITEMS_PER_SECTION = 30;
    private static final Pattern EXERCISE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*|personal:[1-9][0-9]{0,17}");

    private RoutineValidator() {
    }

    static void check(RoutineData data) {
        text("/name", data.name(), 1, 100);
        optionalText("/notes", data.notes(), 2000);
        if (data.sections().size() > MAX_SECTIONS) {
            throw RoutineException.invalid("/sections", "A routine has at most " + MAX_SECTIONS + " sections");
        }
        int items = 0;
        for (int s = 0; s < data.sections().size(); s++) {
            RoutineSection section = data.sections().get(s);
            String at = "/sections/" + s;
            if (section == null || section.kind() == null) {
                throw RoutineException.invalid(at + "/kind", "Say what the section is: warm-up, stretching, "
                        + "strengthening, mobility, finish or custom");
            }
            if (section.kind() == SectionKind.CUSTOM) {
                text(at + "/title", section.title(), 1, 60);
            } else {
                optionalText(at + "/title", section.title(), 60);
            }
            if (section.items().size() > MAX_ITEMS_PER_SECTION) {
                throw RoutineException.invalid(at + "/items", "A section has at most " + MAX_ITEMS_PER_SECTION
                        + " exercises");
            }
            for (int i = 0; i < section.items().size(); i++) {
                item(at + "/items/" + i, section.items().get(i));
            }
            items += section.items().size();
        }
        if (items == 0) {
            throw RoutineException.invalid("/sections", "Add at least one exercise to the routine");
        }
        if (data.keptDespiteStop().size() > 100) {
            throw RoutineException.invalid("/keptDespiteStop", "At most 100 exercises");
        }
        for (String id : data.keptDespiteStop()) {
            exerciseId("/keptDespiteStop", id);
        }
    }

    static void check(PersonalExerciseData data) {
        text("/name", data.name(), 1, 100);
        optionalText("/summary", data.summary(), 500);
        if (data.category() == null) {
            throw RoutineException.invalid("/category", "Say what kind of exercise it is: stretch, strengthening, "
                    + "mobility, nerve-glide or activity");
        }
        List<String> steps = data.steps();
        if (steps.isEmpty() || steps.size() > 20) {
            throw RoutineException.invalid("/steps", "Give 1 to 20 steps");
        }
        for (int i = 0; i < steps.size(); i++) {
            text("/steps/" + i, steps.get(i), 1, 500);
        }
        if (data.positions().size() > 6) {
            throw RoutineException.invalid("/positions", "Name each starting position once");
        }
        if (data.directions().size() > 5) {
            throw RoutineException.invalid("/directions", "Name each movement direction once");
        }
        dose("/dose", data.dose());
    }

    private static void item(String at, RoutineItem item) {
        if (item == null) {
            throw RoutineException.invalid(at, "An item must name an exercise");
        }
        exerciseId(at + "/exerciseId", item.exerciseId());
        dose(at + "/dose", item.dose());
        optionalText(at + "/note", item.note(), 500);
    }

    private static void exerciseId(String at, String id) {
        if (id == null || id.length() > 200 || !EXERCISE_ID.matcher(id).matches()) {
            throw RoutineException.invalid(at, "Not an exercise id: use a catalog id such as "
                    + "'sciatica.knee-to-chest' or a personal exercise's id such as 'personal:3'");
        }
    }

    static void dose(String at, ItemDose dose) {
        range(at + "/holdSeconds", dose.holdSeconds(), 1, 600, "seconds");
        range(at + "/reps", dose.reps(), 1, 200, "repetitions");
        range(at + "/sets", dose.sets(), 1, 20, "sets");
        range(at + "/restSeconds", dose.restSeconds(), 0, 600, "seconds");
        range(at + "/minutes", dose.minutes(), 1, 180, "minutes");
    }

    private static void range(String at, Integer value, int min, int max, String unit) {
        if (value != null && (value < min || value > max)) {
            throw RoutineException.invalid(at, "Must be from " + min + " to " + max + " " + unit + ", or empty for the "
                    + "exercise's own dose");
        }
    }

    private static void text(String at, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw RoutineException.invalid(at, "Must not be empty");
        }
        optionalText(at, value, max);
        if (value.strip().codePointCount(0, value.strip().length()) < min) {
            throw RoutineException.invalid(at, "Too short");
        }
    }

    private static void optionalText(String at, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw RoutineException.invalid(at, "At most " + max + " characters");
        }
    }
}
