package org.limber.journal.api;

/** Whether a check-in stands alone or brackets a session. */
public enum CheckInTiming {
    STANDALONE,
    BEFORE_SESSION,
    AFTER_SESSION
}
