package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.ConnectionSettingsTest.execute;
import static org.limber.storage.internal.ConnectionSettingsTest.single;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.api.Account;
import org.limber.account.api.Role;
import org.limber.journal.api.CheckIn;
import org.limber.storage.api.StoredSession;
import org.limber.storage.api.StoredUser;

/** A database of schema 1, written as schema 1's Limber wrote it, started by this Limber. */
class UpgradeTest {
    private static final ScriptSource BUNDLE = ScriptSource.classLoader(UpgradeTest.class.getClassLoader());

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    @EachDialect
    void dataOfSchemaOneIsReadBackAndTheJournalWorksAfterTheUpgrade(Dialect dialect) throws Exception {
        DataSource dataSource = TestStorage.database(dialect, base, POSTGRES);
        assertEquals(1, SchemaStarter.start(dataSource, Migrations.ALL.subList(0, 1), BUNDLE).schemaVersion());
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('ann', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', 'admin', 1763713800123)");
            execute(connection, "INSERT INTO users (username, password_hash, role, created_at, disabled) "
                    + "VALUES ('bob', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$Ym9i', 'user', 1763713900000, TRUE)");
            String ann = single(connection, "SELECT id FROM users WHERE username = 'ann'");
            execute(connection, "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) "
                    + "VALUES ('3f1c', " + ann + ", 1763713800123, 1763713860000, 1763757000123)");
            execute(connection, "INSERT INTO app_settings (key, value) VALUES ('registration.open', 'true')");
        }

        SqlStorage storage = SqlStorage.start(dataSource);
        assertEquals(2, storage.status().schemaVersion());

        StoredUser ann = storage.users().byUsername("ann").orElseThrow();
        assertEquals(new Account(ann.account().id(), "ann", Role.ADMIN, Instant.ofEpochMilli(1763713800123L), false),
                ann.account());
        assertEquals("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", ann.passwordHash());
        assertTrue(storage.users().byUsername("bob").orElseThrow().account().disabled());
        assertEquals(List.of("ann", "bob"), storage.users().all().stream().map(Account::username).toList());
        assertEquals(1, storage.users().countActiveAdministrators());
        assertEquals(Optional.of(new StoredSession("3f1c", ann.account().id(), Instant.ofEpochMilli(1763713800123L),
                Instant.ofEpochMilli(1763713860000L), Instant.ofEpochMilli(1763757000123L))),
                storage.sessions().find("3f1c"));
        assertEquals(Optional.of("true"), storage.settings().get("registration.open"));

        long id = ann.account().id();
        assertTrue(storage.journal().isEmpty(id));
        long session = storage.journal().addSession(id, TestStorage.session(NOW), NOW).id();
        CheckIn checkIn = storage.journal().addCheckIn(id, TestStorage.fullCheckIn(NOW, session), NOW);
        assertEquals(Optional.of(checkIn), storage.journal().checkIn(id, checkIn.id()));

        // Started again, nothing is migrated twice and everything is still there.
        SqlStorage again = SqlStorage.start(dataSource);
        assertEquals(2, again.status().schemaVersion());
        assertEquals(Optional.of(checkIn), again.journal().checkIn(id, checkIn.id()));
        assertTrue(again.users().delete(id));
        assertEquals(Optional.empty(), again.sessions().find("3f1c"));
        assertTrue(again.journal().isEmpty(id));
    }
}
