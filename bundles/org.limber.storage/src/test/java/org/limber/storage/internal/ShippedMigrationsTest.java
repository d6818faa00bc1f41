package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.ConnectionSettingsTest.execute;
import static org.limber.storage.internal.ConnectionSettingsTest.single;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.api.StorageStatus;

/** The migrations Limber ships, from this bundle's resources, on a real SQLite file. */
class ShippedMigrationsTest {
    private static final ScriptSource BUNDLE = ScriptSource.classLoader(ShippedMigrationsTest.class.getClassLoader());

    @TempDir
    Path base;

    @Test
    void everyMigrationHasAScriptForEveryDialect() {
        for (Dialect dialect : Dialect.values()) {
            MigrationRunner runner = new MigrationRunner(dialect, Migrations.ALL, BUNDLE);
            assertEquals(Migrations.latest(), runner.latestVersion());
        }
        assertEquals("db/sqlite/V001__users_sessions_and_app_settings.sql", Migrations.ALL.get(0).script(Dialect.SQLITE));
        assertEquals("db/postgresql/V001__users_sessions_and_app_settings.sql",
                Migrations.ALL.get(0).script(Dialect.POSTGRESQL));
    }

    @Test
    void bothDialectsCreateTheSameTablesAndIndexes() {
        for (String object : List.of("TABLE users", "TABLE sessions", "TABLE app_settings",
                "INDEX sessions_user_id", "INDEX sessions_expires_at")) {
            for (Dialect dialect : Dialect.values()) {
                String script = Migrations.ALL.get(0).script(dialect);
                assertTrue(SqlScript.parse(script, BUNDLE.read(script).orElseThrow()).statements().stream()
                        .anyMatch(s -> s.startsWith("CREATE " + object + " ")), dialect + " " + object);
            }
        }
    }

    @Test
    void startingStorageBringsAnEmptyDatabaseToTheLatestSchema() throws Exception {
        DataSource dataSource = ShippedConfiguration.dataSource(base);
        StorageStatus status = SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        assertEquals(Migrations.latest(), status.schemaVersion());
        assertEquals("sqlite", status.dialect());
        assertEquals(base.resolve("storage/limber.db").toString(), status.location());

        StorageStatus again = SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        assertEquals(status, again);
    }

    @Test
    void theFirstSchemaKeepsAccountsAndSessionsConsistent() throws Exception {
        DataSource dataSource = ShippedConfiguration.dataSource(base);
        SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('ada', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', 'admin', 1700000000000)");
            assertEquals("0", single(connection, "SELECT disabled FROM users WHERE username = 'ada'"));
            assertRefused(connection, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('ada', 'x', 'user', 1)");
            assertRefused(connection, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('bob', 'x', 'root', 1)");
            assertRefused(connection, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('bob', 'x', 'user', 'yesterday')");

            String ada = single(connection, "SELECT id FROM users WHERE username = 'ada'");
            execute(connection, "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) "
                    + "VALUES ('h1', " + ada + ", 1, 2, 3)");
            assertRefused(connection, "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) "
                    + "VALUES ('h2', 9999, 1, 2, 3)");
            execute(connection, "DELETE FROM users WHERE id = " + ada);
            assertEquals("0", single(connection, "SELECT count(*) FROM sessions"), "sessions go with their user");

            execute(connection, "INSERT INTO app_settings (key, value) VALUES ('registration.open', 'false')");
            assertRefused(connection, "INSERT INTO app_settings (key, value) VALUES ('registration.open', 'true')");
        }
    }

    private static void assertRefused(Connection connection, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> execute(connection, sql), sql);
        assertFalse(e.getMessage().isBlank());
    }
}
