package org.limber.routine.rest.internal;

import java.util.List;
import java.util.Map;

import org.limber.routine.api.ItemDose;

/** The JSON of the routine resources: enums as kebab names, days as lower-case weekday names, instants as ISO-8601. */
final class Shapes {
    private Shapes() {
    }

    record RoutineJson(String name, String notes, List<String> days, List<SectionJson> sections,
                       List<String> keptDespiteStop) {
    }

    record SectionJson(String kind, String title, List<ItemJson> items) {
    }

    record ItemJson(String exerciseId, ItemDose dose, String note) {
    }

    record StoredRoutineJson(long id, String name, String notes, List<String> days, List<SectionJson> sections,
                             List<String> keptDespiteStop, String templateId, String createdAt, String updatedAt) {
    }

    record WarningJson(String code, String message, String exerciseId, boolean needsConfirmation) {
    }

    record CheckedJson(StoredRoutineJson routine, List<WarningJson> warnings) {
    }

    record ResolvedItemJson(String exerciseId, String name, boolean available, boolean personal, boolean excluded,
                            String summary, List<String> steps, List<String> cautions, List<String> stopIf,
                            ItemDose dose, String note) {
    }

    record ResolvedSectionJson(String kind, String title, List<ResolvedItemJson> items) {
    }

    record ResolvedJson(StoredRoutineJson routine, List<ResolvedSectionJson> sections, List<WarningJson> warnings) {
    }

    record FromTemplateJson(String templateId, String name) {
    }

    record PersonalExerciseJson(String name, String summary, List<String> steps, String category,
                                List<String> positions, List<String> directions, ItemDose dose) {
    }

    record StoredPersonalExerciseJson(long id, String exerciseId, String name, String summary, List<String> steps,
                                      String category, List<String> positions, List<String> directions,
                                      ItemDose dose, String createdAt, String updatedAt) {
    }

    record ExclusionsJson(List<String> exclusions) {
    }

    record PhaseJson(String phase) {
    }

    record ProgressionJson(String current, String suggested, String reason, List<String> changes) {
    }

    static Map<String, Object> list(String name, Object items) {
        return Map.of(name, items);
    }
}
