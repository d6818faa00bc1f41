package org.limber.pack.loader.internal.parse;

import java.util.List;

/** An entry of a pack document's {@code exercises}; ids and links are local to the pack. */
record ExerciseEntry(String id, String name, List<String> aliases, String summary, String category,
                     List<String> positions, Boolean inBed, List<String> areas, List<String> directions,
                     List<DoseEntry> doses, List<String> steps, List<String> benefits, List<String> cautions,
                     List<String> stopIf, List<String> equipment, List<String> progressions,
                     List<String> regressions, List<String> phases, List<String> sources,
                     DrawingEntry illustration) {
    ExerciseEntry {
        aliases = Lists.orEmpty(aliases);
        positions = Lists.orEmpty(positions);
        areas = Lists.orEmpty(areas);
        directions = Lists.orEmpty(directions);
        doses = Lists.orEmpty(doses);
        steps = Lists.orEmpty(steps);
        benefits = Lists.orEmpty(benefits);
        cautions = Lists.orEmpty(cautions);
        stopIf = Lists.orEmpty(stopIf);
        equipment = Lists.orEmpty(equipment);
        progressions = Lists.orEmpty(progressions);
        regressions = Lists.orEmpty(regressions);
        phases = Lists.orEmpty(phases);
        sources = Lists.orEmpty(sources);
    }
}
