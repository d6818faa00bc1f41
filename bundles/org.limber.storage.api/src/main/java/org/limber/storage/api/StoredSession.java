package org.limber.storage.api;

import java.time.Instant;

/** A browser session as stored: keyed by a hash of its id, never the id. */
public record StoredSession(String idHash, long userId, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
}
