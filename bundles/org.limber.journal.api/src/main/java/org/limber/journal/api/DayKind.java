package org.limber.journal.api;

/** Days that do not break a streak. */
public enum DayKind {
    /** A rest day the user planned. */
    REST,
    /** A flare-up: the sources advise resting a day when sore. */
    FLARE
}
