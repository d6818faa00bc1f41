package org.limber.catalog.api.model;

/** A starting position of an exercise. */
public enum Position {
    LYING_ON_BACK, LYING_FACE_DOWN, SEATED, KNEELING, HANDS_AND_KNEES, STANDING;

    public String wireName() { return Wire.name(this); }

    public static Position fromWire(String value) { return Wire.parse(Position.class, value); }
}
