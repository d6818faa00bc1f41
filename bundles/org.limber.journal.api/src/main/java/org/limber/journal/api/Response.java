package org.limber.journal.api;

/** How the user felt after an exercise. */
public enum Response {
    EASED,
    NO_CHANGE,
    WORSE,
    /** Leg pain spread further down the leg: the sources say to stop this exercise. */
    SPREAD,
    /** Leg pain retreated toward the spine: a good sign. */
    CENTRALIZED
}
