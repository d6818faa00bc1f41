package org.limber.catalog.api.model;

import java.util.List;

/**
 * Which recovery phases an exercise suits. The sources describe the phases but not which exercise belongs
 * to which, so this is an editorial mapping: {@code basis} says whose ("limber-editorial" for Limber's own).
 */
public record PhaseSuitability(List<Phase> phases, String basis) {
    public static final String EDITORIAL = "limber-editorial";

    public PhaseSuitability {
        phases = List.copyOf(phases);
    }
}
