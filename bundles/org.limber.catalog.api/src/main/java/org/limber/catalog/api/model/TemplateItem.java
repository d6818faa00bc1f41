package org.limber.catalog.api.model;

/**
 * One exercise of a routine template with the dose the template gives it; null dose fields mean the exercise's
 * own default.
 *
 * @param exerciseId pack-qualified id of an exercise in the same pack
 * @param note       e.g. "only if it helps", or null
 */
public record TemplateItem(String exerciseId, Integer holdSeconds, Integer reps, Integer sets, Boolean perSide,
                           Integer restSeconds, Integer minutes, String note) {
}
