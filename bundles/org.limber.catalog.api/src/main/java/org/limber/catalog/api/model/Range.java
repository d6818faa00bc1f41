package org.limber.catalog.api.model;

/** An inclusive whole-number range; a single value has {@code min == max}. */
public record Range(int min, int max) {
    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid range " + min + ".." + max);
        }
    }

    public static Range of(int value) {
        return new Range(value, value);
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    public boolean within(Range outer) {
        return min >= outer.min && max <= outer.max;
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
