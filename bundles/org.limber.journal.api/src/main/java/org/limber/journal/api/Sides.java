package org.limber.journal.api;

/** Which sides a one-sided exercise was done on; {@code NOT_SIDED} for exercises without sides. */
public enum Sides {
    BOTH,
    LEFT,
    RIGHT,
    NOT_SIDED
}
