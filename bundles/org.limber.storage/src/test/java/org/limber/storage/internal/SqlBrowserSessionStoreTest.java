package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.api.BrowserSessionStore;
import org.limber.storage.api.StorageException;
import org.limber.storage.api.StoredSession;

class SqlBrowserSessionStoreTest {
    private static final Instant LATER = NOW.plus(Duration.ofHours(12));

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private BrowserSessionStore sessions;
    private long ann;
    private long bob;

    private void open(Dialect dialect) throws Exception {
        SqlStorage storage = TestStorage.start(dialect, base, POSTGRES);
        sessions = storage.sessions();
        ann = TestStorage.user(storage, "ann");
        bob = TestStorage.user(storage, "bob");
    }

    @EachDialect
    void aSessionIsFoundByItsHashUntilDeleted(Dialect dialect) throws Exception {
        open(dialect);
        StoredSession session = new StoredSession("h1", ann, NOW, NOW, LATER);
        sessions.insert(session);
        assertEquals(Optional.of(session), sessions.find("h1"));
        assertEquals(Optional.empty(), sessions.find("h2"));
        assertTrue(sessions.delete("h1"));
        assertFalse(sessions.delete("h1"));
        assertEquals(Optional.empty(), sessions.find("h1"));
    }

    @EachDialect
    void aSessionOfNoAccountOrWithATakenHashIsRefused(Dialect dialect) throws Exception {
        open(dialect);
        sessions.insert(new StoredSession("h1", ann, NOW, NOW, LATER));
        assertThrows(StorageException.class, () -> sessions.insert(new StoredSession("h1", bob, NOW, NOW, LATER)));
        assertThrows(StorageException.class,
                () -> sessions.insert(new StoredSession("h2", ann + bob + 1000, NOW, NOW, LATER)));
        assertEquals(ann, sessions.find("h1").orElseThrow().userId());
    }

    @EachDialect
    void touchingRecordsActivity(Dialect dialect) throws Exception {
        open(dialect);
        sessions.insert(new StoredSession("h1", ann, NOW, NOW, LATER));
        Instant seen = NOW.plusSeconds(90);
        assertTrue(sessions.touch("h1", seen));
        assertEquals(new StoredSession("h1", ann, NOW, seen, LATER), sessions.find("h1").orElseThrow());
        assertFalse(sessions.touch("gone", seen));
    }

    @EachDialect
    void aUsersSessionsEndExceptTheOneKept(Dialect dialect) throws Exception {
        open(dialect);
        sessions.insert(new StoredSession("a1", ann, NOW, NOW, LATER));
        sessions.insert(new StoredSession("a2", ann, NOW, NOW, LATER));
        sessions.insert(new StoredSession("a3", ann, NOW, NOW, LATER));
        sessions.insert(new StoredSession("b1", bob, NOW, NOW, LATER));
        assertEquals(2, sessions.deleteForUser(ann, "a2"));
        assertTrue(sessions.find("a2").isPresent());
        assertTrue(sessions.find("b1").isPresent());
        assertEquals(1, sessions.deleteForUser(ann, null));
        assertEquals(Optional.empty(), sessions.find("a2"));
        assertEquals(0, sessions.deleteForUser(ann, null));
        assertTrue(sessions.find("b1").isPresent());
    }

    @EachDialect
    void expiredAndIdleSessionsAreRemoved(Dialect dialect) throws Exception {
        open(dialect);
        Instant now = NOW.plus(Duration.ofHours(2));
        Instant idleCutoff = now.minus(Duration.ofMinutes(30));
        sessions.insert(new StoredSession("ended", ann, NOW, now.minusSeconds(1), now));
        sessions.insert(new StoredSession("idle", ann, NOW, idleCutoff.minusMillis(1), LATER));
        sessions.insert(new StoredSession("active", ann, NOW, idleCutoff, LATER));
        sessions.insert(new StoredSession("active-too", bob, NOW, now, now.plusMillis(1)));
        assertEquals(2, sessions.deleteExpired(now, idleCutoff));
        assertEquals(Optional.empty(), sessions.find("ended"));
        assertEquals(Optional.empty(), sessions.find("idle"));
        assertTrue(sessions.find("active").isPresent());
        assertTrue(sessions.find("active-too").isPresent());
    }
}
