package org.limber.journal.api;

/** What became of one exercise in a session. */
public enum Outcome {
    DONE,
    SKIPPED,
    /** Started, then stopped because it hurt. */
    STOPPED
}
