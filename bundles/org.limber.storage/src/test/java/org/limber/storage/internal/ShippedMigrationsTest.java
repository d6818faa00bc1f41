package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.ConnectionSettingsTest.execute;
import static org.limber.storage.internal.ConnectionSettingsTest.single;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.api.StorageStatus;

/** The migrations Limber ships, from this bundle's resources, on a real database of each dialect. */
class ShippedMigrationsTest {
    private static final ScriptSource BUNDLE = ScriptSource.classLoader(ShippedMigrationsTest.class.getClassLoader());

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    /** A new, empty database of the dialect, made as the distribution makes it. */
    private DataSource emptyDatabase(Dialect dialect) throws Exception {
        return switch (dialect) {
            case SQLITE -> ShippedConfiguration.dataSource(base);
            case POSTGRESQL -> POSTGRES.newDatabase();
        };
    }

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
    void bothDialectsEndWithTheSameTablesAndColumns() throws Exception {
        Map<Dialect, Map<String, List<String>>> schemas = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            DataSource dataSource = emptyDatabase(dialect);
            SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
            schemas.put(dialect, columnsByTable(dataSource));
        }
        assertEquals(List.of("app_settings", "limber_schema_history", "sessions", "users"),
                List.copyOf(schemas.get(Dialect.SQLITE).keySet()));
        assertEquals(schemas.get(Dialect.SQLITE), schemas.get(Dialect.POSTGRESQL));
    }

    /** Each table's columns in order, without the database's own tables. */
    private static Map<String, List<String>> columnsByTable(DataSource dataSource) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet tables = metaData.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (!table.startsWith("sqlite_")) {
                        columns.put(table, new ArrayList<>());
                    }
                }
            }
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                try (ResultSet rows = metaData.getColumns(null, connection.getSchema(), table.getKey(), "%")) {
                    while (rows.next()) {
                        table.getValue().add(rows.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        return columns;
    }

    @EachDialect
    void startingStorageBringsAnEmptyDatabaseToTheLatestSchema(Dialect dialect) throws Exception {
        DataSource dataSource = emptyDatabase(dialect);
        StorageStatus status = SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        assertEquals(Migrations.latest(), status.schemaVersion());
        assertEquals(dialect.id(), status.dialect());
        String location = switch (dialect) {
            case SQLITE -> base.resolve("storage/limber.db").toString();
            case POSTGRESQL -> "postgresql://127.0.0.1:[0-9]+/limber_test_[0-9]+";
        };
        assertTrue(status.location().matches(location), status.location());

        StorageStatus again = SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        assertEquals(status, again);
    }

    @EachDialect
    void theFirstSchemaKeepsAccountsAndSessionsConsistent(Dialect dialect) throws Exception {
        DataSource dataSource = emptyDatabase(dialect);
        SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES ('ada', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', 'admin', 1700000000000)");
            // Read and written as a JDBC boolean in both (INTEGER 0/1 in SQLite, BOOLEAN in PostgreSQL).
            assertFalse(bool(connection, "SELECT disabled FROM users WHERE username = 'ada'"));
            assertEquals(1700000000000L, Long.parseLong(single(connection, "SELECT created_at FROM users")));
            try (PreparedStatement disable = connection.prepareStatement(
                    "UPDATE users SET disabled = ? WHERE username = 'ada'")) {
                disable.setBoolean(1, true);
                assertEquals(1, disable.executeUpdate());
            }
            assertTrue(bool(connection, "SELECT disabled FROM users WHERE username = 'ada'"));
            assertEquals("1", single(connection, "SELECT count(*) FROM users WHERE disabled = TRUE"));
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

    private static boolean bool(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getBoolean(1);
        }
    }

    private static void assertRefused(Connection connection, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> execute(connection, sql), sql);
        assertFalse(e.getMessage().isBlank());
    }
}
