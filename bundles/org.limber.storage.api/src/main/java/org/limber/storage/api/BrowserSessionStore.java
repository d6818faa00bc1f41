package org.limber.storage.api;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Browser sessions. */
@ProviderType
public interface BrowserSessionStore {

    void insert(StoredSession session);

    Optional<StoredSession> find(String idHash);

    /** Records activity; returns false when the session is gone. */
    boolean touch(String idHash, Instant lastSeenAt);

    boolean delete(String idHash);

    /** Ends a user's sessions, except the one with {@code keepIdHash} (may be {@code null}). */
    int deleteForUser(long userId, String keepIdHash);

    /** Removes sessions past their absolute end or idle since before {@code idleCutoff}. */
    int deleteExpired(Instant now, Instant idleCutoff);
}
