package org.limber.journal.api;

import java.time.Instant;

/** A stored session. */
public record SessionEntry(long id, SessionData data, Instant recordedAt) {
}
