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
import org.limber.journal.api.SessionEntry;
import org.limber.storage.api.StoredSession;
import org.limber.storage.api.StoredUser;

/** Databases of older schemas, written as those Limbers wrote them, started by this Limber. */
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
        assertEquals(Migrations.latest(), storage.status().schemaVersion());

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
        assertEquals(Migrations.latest(), again.status().schemaVersion());
        assertEquals(Optional.of(checkIn), again.journal().checkIn(id, checkIn.id()));
        assertTrue(again.users().delete(id));
        assertEquals(Optional.empty(), again.sessions().find("3f1c"));
        assertTrue(again.journal().isEmpty(id));
    }

    @EachDialect
    void dataOfSchemaTwoIsKeptAndRoutinesAndRemindersWorkAfterTheUpgrade(Dialect dialect) throws Exception {
        DataSource dataSource = TestStorage.database(dialect, base, POSTGRES);
        assertEquals(2, SchemaStarter.start(dataSource, Migrations.ALL.subList(0, 2), BUNDLE).schemaVersion());
        String ann;
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('ann', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', 'user', 1763713800123)");
            ann = single(connection, "SELECT id FROM users WHERE username = 'ann'");
            execute(connection, "INSERT INTO journal_sessions (user_id, at, routine_id, routine_name, "
                    + "duration_minutes, notes, recorded_at) VALUES (" + ann + ", 1763713800123, 'evening', "
                    + "'Evening', 12, 'short one', 1763713860000)");
            String session = single(connection, "SELECT id FROM journal_sessions");
            execute(connection, "INSERT INTO journal_session_exercises (session_id, position, user_id, exercise_id, "
                    + "name, outcome, sides) VALUES (" + session + ", 0, " + ann + ", 'cat-cow', 'Cat-cow', 'done', "
                    + "'both')");
            execute(connection, "INSERT INTO journal_plans (user_id, sessions_per_week, rest_days, zone) "
                    + "VALUES (" + ann + ", 4, 'sunday', 'Europe/Berlin')");
        }

        SqlStorage storage = SqlStorage.start(dataSource);
        assertEquals(3, storage.status().schemaVersion());
        long id = Long.parseLong(ann);
        SessionEntry session = storage.journal().sessions(id, Instant.MIN, Instant.MAX, 10).get(0);
        assertEquals("Evening", session.data().routineName());
        assertEquals("cat-cow", session.data().exercises().get(0).exerciseId());
        assertEquals(4, storage.journal().plan(id).orElseThrow().sessionsPerWeek());

        RoutineFixtures.Owned owned = RoutineFixtures.fill(storage, id);
        assertEquals(RoutineFixtures.fullRoutine(), storage.routines().routine(id, owned.routineId()).orElseThrow()
                .data());
        assertEquals(1, storage.reminders().deliveries(id, 10).get(0).attemptLog().size());

        SqlStorage again = SqlStorage.start(dataSource);
        assertEquals(3, again.status().schemaVersion());
        assertTrue(again.users().delete(id));
        assertTrue(TestStorage.rowCounts(dataSource).values().stream().allMatch(count -> count == 0),
                "everything went with the account");
    }
}
