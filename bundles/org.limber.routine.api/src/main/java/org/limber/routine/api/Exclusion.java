package org.limber.routine.api;

import java.util.Locale;

/**
 * A standing exclusion: exercises it rules out are hidden from the catalog when the user asks and warned about in
 * routines. Travels as a kebab name ({@code NO_FACE_DOWN} is {@code no-face-down}).
 */
public enum Exclusion {
    /** Kneeling and hands-and-knees positions. */
    NO_KNEELING,
    /** Lying face down. */
    NO_FACE_DOWN,
    /** Bending backward. */
    NO_EXTENSION,
    /** Bending forward. */
    NO_FLEXION,
    /** Twisting. */
    NO_ROTATION,
    /** Standing exercises and activities. */
    NO_STANDING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Exclusion fromWire(String wire) {
        for (Exclusion exclusion : values()) {
            if (exclusion.wireName().equals(wire)) {
                return exclusion;
            }
        }
        throw new IllegalArgumentException("'" + wire + "' is not one of no-kneeling, no-face-down, "
                + "no-extension, no-flexion, no-rotation, no-standing");
    }
}
