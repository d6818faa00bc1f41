package org.limber.catalog.api.model;

import java.util.List;

/**
 * A routine from the sources that a user can copy into their own routines.
 *
 * @param id        pack-qualified id
 * @param packId    the pack that provides it
 * @param name      display name ("Bedtime routine in bed")
 * @param summary   what it is for, when to use it
 * @param minutes   how long it takes
 * @param phases    the recovery phases it suits
 * @param advice    how to use it (start with 2-3 stretches, tie it to a habit cue, ...)
 * @param sections  in order
 * @param sourceIds ids of the pack sources it comes from
 */
public record RoutineTemplate(String id, String packId, String name, String summary, Range minutes,
                              List<Phase> phases, List<String> advice, List<TemplateSection> sections,
                              List<String> sourceIds) {
    public RoutineTemplate {
        phases = List.copyOf(phases);
        advice = List.copyOf(advice);
        sections = List.copyOf(sections);
        sourceIds = List.copyOf(sourceIds);
    }
}
