package org.limber.catalog.api.model;

/** The movement direction of the spine an exercise works in (direction preference matters in sciatica). */
public enum Direction {
    FLEXION, EXTENSION, ROTATION, NEUTRAL, NERVE_GLIDE;

    public String wireName() { return Wire.name(this); }

    public static Direction fromWire(String value) { return Wire.parse(Direction.class, value); }
}
