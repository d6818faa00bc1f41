package org.limber.catalog.api.model;

import java.util.List;

/**
 * An exercise in the catalog.
 *
 * @param id            pack-qualified id, {@code <packId>.<localId>}; never contains '/'
 * @param packId        the pack that provides it
 * @param name          display name
 * @param aliases       other names people use for it
 * @param summary       one or two sentences on what it is and why
 * @param category      what kind of exercise it is
 * @param positions     starting positions, first is the usual one
 * @param inBed         whether it can be done in bed
 * @param areas         body areas it targets (kebab-case, e.g. "lower-back")
 * @param directions    movement directions
 * @param doses         ways to dose it; empty when no dose is given
 * @param steps         ordered instructions
 * @param benefits      what it helps with
 * @param cautions      what to take care with
 * @param stopIf        when to stop doing it
 * @param equipment     props that help (towel, pillow, chair)
 * @param progressions  ids of harder exercises to move on to
 * @param regressions   ids of easier exercises to fall back to
 * @param phases        recovery phases it suits (an editorial mapping)
 * @param sourceIds     ids of the pack sources it comes from
 * @param illustration  its drawing, or null
 */
public record Exercise(String id, String packId, String name, List<String> aliases, String summary,
                       Category category, List<Position> positions, boolean inBed, List<String> areas,
                       List<Direction> directions, List<Dose> doses, List<String> steps, List<String> benefits,
                       List<String> cautions, List<String> stopIf, List<String> equipment,
                       List<String> progressions, List<String> regressions, PhaseSuitability phases,
                       List<String> sourceIds, Illustration illustration) {
    public Exercise {
        aliases = List.copyOf(aliases);
        positions = List.copyOf(positions);
        areas = List.copyOf(areas);
        directions = List.copyOf(directions);
        doses = List.copyOf(doses);
        steps = List.copyOf(steps);
        benefits = List.copyOf(benefits);
        cautions = List.copyOf(cautions);
        stopIf = List.copyOf(stopIf);
        equipment = List.copyOf(equipment);
        progressions = List.copyOf(progressions);
        regressions = List.copyOf(regressions);
        sourceIds = List.copyOf(sourceIds);
    }
}
