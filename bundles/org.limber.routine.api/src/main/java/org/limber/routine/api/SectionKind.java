package org.limber.routine.api;

import java.util.Locale;

/** What a section of a routine is for; travels as a kebab name ({@code WARM_UP} is {@code warm-up}). */
public enum SectionKind {
    WARM_UP, STRETCHING, STRENGTHENING, MOBILITY, FINISH, CUSTOM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static SectionKind fromWire(String wire) {
        for (SectionKind kind : values()) {
            if (kind.wireName().equals(wire)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + wire + "' is not one of warm-up, stretching, strengthening, "
                + "mobility, finish, custom");
    }
}
