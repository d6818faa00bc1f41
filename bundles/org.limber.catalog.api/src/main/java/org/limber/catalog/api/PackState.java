package org.limber.catalog.api;

import org.limber.catalog.api.model.Wire;

/** What became of a pack source. */
public enum PackState {
    /** Its content is in the catalog. */
    ACTIVE,
    /** It was rejected; if an earlier good version of the same pack exists, that one keeps serving. */
    REJECTED,
    /** Another source provides the same pack id at an equal or newer version; nothing of it is used. */
    SHADOWED,
    /** The bundle carrying it is installed but not resolved (a missing requirement, such as a newer format). */
    UNRESOLVED,
    /** The bundle carrying it is resolved but stopped. */
    STOPPED;

    public String wireName() { return Wire.name(this); }
}
