package org.limber.routine.rest.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;
import org.limber.routine.api.CheckedRoutine;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.Progression;
import org.limber.routine.api.ResolvedItem;
import org.limber.routine.api.ResolvedRoutine;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.RoutineWarning;
import org.limber.routine.api.SectionKind;
import org.limber.rest.ProblemException;
import org.limber.routine.rest.internal.Shapes.CheckedJson;
import org.limber.routine.rest.internal.Shapes.ItemJson;
import org.limber.routine.rest.internal.Shapes.PersonalExerciseJson;
import org.limber.routine.rest.internal.Shapes.ProgressionJson;
import org.limber.routine.rest.internal.Shapes.ResolvedItemJson;
import org.limber.routine.rest.internal.Shapes.ResolvedJson;
import org.limber.routine.rest.internal.Shapes.ResolvedSectionJson;
import org.limber.routine.rest.internal.Shapes.RoutineJson;
import org.limber.routine.rest.internal.Shapes.SectionJson;
import org.limber.routine.rest.internal.Shapes.StoredPersonalExerciseJson;
import org.limber.routine.rest.internal.Shapes.StoredRoutineJson;
import org.limber.routine.rest.internal.Shapes.WarningJson;

/** Between the JSON shapes and the routine API; a bad enum or day is a 400 naming its JSON pointer. */
final class Convert {
    private Convert() {
    }

    static RoutineData routine(RoutineJson json) {
        if (json == null) {
            throw ProblemException.status(400, "Invalid request", "The body must be a routine object");
        }
        List<RoutineSection> sections = new ArrayList<>();
        List<SectionJson> given = json.sections() == null ? List.of() : json.sections();
        for (int s = 0; s < given.size(); s++) {
            SectionJson section = given.get(s);
            if (section == null) {
                throw Calls.invalidField("/sections/" + s, "Must be a section object");
            }
            SectionKind kind = section.kind() == null ? null
                    : parse("/sections/" + s + "/kind", section.kind(), SectionKind::fromWire);
            List<RoutineItem> items = new ArrayList<>();
            List<ItemJson> givenItems = section.items() == null ? List.of() : section.items();
            for (ItemJson item : givenItems) {
                items.add(item == null ? null : new RoutineItem(item.exerciseId(), item.dose(), item.note()));
            }
            sections.add(new RoutineSection(kind, section.title(), items));
        }
        return new RoutineData(json.name(), json.notes(), days("/days", json.days()), sections,
                new LinkedHashSet<>(strings("/keptDespiteStop", json.keptDespiteStop())));
    }

    static Set<DayOfWeek> days(String at, List<String> days) {
        Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        if (days == null) {
            return result;
        }
        for (int i = 0; i < days.size(); i++) {
            String day = days.get(i);
            try {
                result.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw Calls.invalidField(at + "/" + i, "'" + day + "' is not a day: use monday … sunday");
            }
        }
        return result;
    }

    static List<String> days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(day -> day.name().toLowerCase(Locale.ROOT)).toList();
    }

    static StoredRoutineJson routine(Routine routine) {
        List<SectionJson> sections = routine.sections().stream().map(section -> new SectionJson(
                section.kind().wireName(), section.title(), section.items().stream()
                        .map(item -> new ItemJson(item.exerciseId(), item.dose(), item.note())).toList())).toList();
        return new StoredRoutineJson(routine.id(), routine.name(), routine.notes(), days(routine.days()), sections,
                routine.keptDespiteStop().stream().sorted().toList(), routine.templateId(),
                instant(routine.createdAt()), instant(routine.updatedAt()));
    }

    static CheckedJson checked(CheckedRoutine checked) {
        return new CheckedJson(routine(checked.routine()), warnings(checked.warnings()));
    }

    static List<WarningJson> warnings(List<RoutineWarning> warnings) {
        return warnings.stream().map(warning -> new WarningJson(warning.code(), warning.message(),
                warning.exerciseId(), warning.needsConfirmation())).toList();
    }

    static ResolvedJson resolved(ResolvedRoutine resolved) {
        List<ResolvedSectionJson> sections = resolved.sections().stream()
                .map(section -> new ResolvedSectionJson(section.kind().wireName(), section.title(),
                        section.items().stream().map(Convert::item).toList())).toList();
        return new ResolvedJson(routine(resolved.routine()), sections, warnings(resolved.warnings()));
    }

    private static ResolvedItemJson item(ResolvedItem item) {
        return new ResolvedItemJson(item.exerciseId(), item.name(), item.available(), item.personal(),
                item.excluded(), item.summary(), item.steps(), item.cautions(), item.stopIf(), item.dose(),
                item.note());
    }

    static PersonalExerciseData personal(PersonalExerciseJson json) {
        if (json == null) {
            throw ProblemException.status(400, "Invalid request", "The body must be an exercise object");
        }
        Category category = json.category() == null ? null
                : parse("/category", json.category(), Category::fromWire);
        return new PersonalExerciseData(json.name(), json.summary(), strings("/steps", json.steps()), category,
                list("/positions", json.positions(), Position::fromWire),
                list("/directions", json.directions(), Direction::fromWire), json.dose());
    }

    static StoredPersonalExerciseJson personal(PersonalExercise exercise) {
        PersonalExerciseData data = exercise.data();
        return new StoredPersonalExerciseJson(exercise.id(), exercise.exerciseId(), data.name(), data.summary(),
                data.steps(), data.category().wireName(), data.positions().stream().map(Position::wireName).toList(),
                data.directions().stream().map(Direction::wireName).toList(), data.dose(),
                instant(exercise.createdAt()), instant(exercise.updatedAt()));
    }

    static Set<Exclusion> exclusions(List<String> given) {
        Set<Exclusion> result = EnumSet.noneOf(Exclusion.class);
        result.addAll(list("/exclusions", given, Exclusion::fromWire));
        return result;
    }

    static List<String> exclusions(Set<Exclusion> exclusions) {
        return exclusions.stream().sorted().map(Exclusion::wireName).toList();
    }

    static Phase phase(String phase) {
        if (phase == null) {
            throw Calls.invalidField("/phase", "Say which phase: acute, subacute or recovery");
        }
        return parse("/phase", phase, Phase::fromWire);
    }

    static ProgressionJson progression(Progression progression) {
        return new ProgressionJson(progression.current().wireName(), progression.suggested().wireName(),
                progression.reason(), progression.changes());
    }

    /** The API's records copy their lists, which refuse nulls: a null element is the client's mistake. */
    private static List<String> strings(String at, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw Calls.invalidField(at + "/" + i, "Must not be null");
            }
        }
        return values;
    }

    private static <T> List<T> list(String at, List<String> values, Function<String, T> parser) {
        List<T> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (int i = 0; i < values.size(); i++) {
            T value = parse(at + "/" + i, values.get(i), parser);
            if (!result.contains(value)) {
                result.add(value);
            }
        }
        return result;
    }

    private static <T> T parse(String at, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Calls.invalidField(at, e.getMessage() == null ? "Missing" : e.getMessage());
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
