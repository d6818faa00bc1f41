package org.limber.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

import org.limber.storage.api.BrowserSessionStore;
import org.limber.storage.api.StoredSession;

/** Browser sessions in {@code sessions} (schema 1), keyed by the hash of their id. */
final class SqlBrowserSessionStore implements BrowserSessionStore {
    private final Database database;

    SqlBrowserSessionStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(StoredSession session) {
        database.write("start a browser session", connection -> {
            try (PreparedStatement insert = Columns.bind(connection.prepareStatement(
                    "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) "
                            + "VALUES (?, ?, ?, ?, ?)"), session.idHash(), session.userId(), session.createdAt(),
                    session.lastSeenAt(), session.expiresAt())) {
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredSession> find(String idHash) {
        return database.read("read a browser session", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                    "SELECT id_hash, user_id, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = ?"),
                    idHash);
                 ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new StoredSession(rows.getString("id_hash"), rows.getLong("user_id"),
                                Columns.instant(rows, "created_at"), Columns.instant(rows, "last_seen_at"),
                                Columns.instant(rows, "expires_at")))
                        : Optional.empty();
            }
        });
    }

    @Override
    public boolean touch(String idHash, Instant lastSeenAt) {
        return update("record browser session activity",
                "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", lastSeenAt, idHash) > 0;
    }

    @Override
    public boolean delete(String idHash) {
        return update("end a browser session", "DELETE FROM sessions WHERE id_hash = ?", idHash) > 0;
    }

    @Override
    public int deleteForUser(long userId, String keepIdHash) {
        return keepIdHash == null
                ? update("end a user's browser sessions", "DELETE FROM sessions WHERE user_id = ?", userId)
                : update("end a user's other browser sessions",
                        "DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?", userId, keepIdHash);
    }

    @Override
    public int deleteExpired(Instant now, Instant idleCutoff) {
        return update("remove expired browser sessions",
                "DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at < ?", now, idleCutoff);
    }

    private int update(String what, String sql, Object... values) {
        return database.write(what, connection -> {
            try (PreparedStatement statement = Columns.bind(connection.prepareStatement(sql), values)) {
                return statement.executeUpdate();
            }
        });
    }
}
