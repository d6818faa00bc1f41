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
        assertEquals("db/sqlite/V002__pain_journal.sql", Migrations.ALL.get(1).script(Dialect.SQLITE));
        assertEquals("db/postgresql/V003__routines_and_reminders.sql",
                Migrations.ALL.get(2).script(Dialect.POSTGRESQL));
    }

    @Test
    void bothDialectsCreateTheSameTablesAndIndexes() {
        Map<Integer, List<String>> objects = Map.of(
                1, List.of("TABLE users", "TABLE sessions", "TABLE app_settings", "INDEX sessions_user_id",
                        "INDEX sessions_expires_at"),
                2, List.of("TABLE journal_sessions", "INDEX journal_sessions_user_at", "TABLE journal_session_exercises",
                        "INDEX journal_session_exercises_user_id", "TABLE journal_check_ins",
                        "INDEX journal_check_ins_user_at", "INDEX journal_check_ins_session_id", "TABLE journal_days",
                        "TABLE journal_plans"),
                3, List.of("TABLE routines", "INDEX routines_user_id", "TABLE routine_sections", "TABLE routine_items",
                        "TABLE personal_exercises", "INDEX personal_exercises_user_id", "TABLE personal_exercise_steps",
                        "TABLE user_exclusions", "TABLE user_phase", "TABLE reminder_plans",
                        "INDEX reminder_plans_user_id", "INDEX reminder_plans_due", "TABLE reminder_preferences",
                        "TABLE channel_addresses", "TABLE channel_address_options", "TABLE reminder_deliveries",
                        "INDEX reminder_deliveries_user_due", "INDEX reminder_deliveries_routine_id",
                        "INDEX reminder_deliveries_attempt", "TABLE delivery_attempts",
                        "INDEX delivery_attempts_delivery_id"));
        objects.forEach((version, created) -> {
            for (Dialect dialect : Dialect.values()) {
                String script = Migrations.ALL.get(version - 1).script(dialect);
                List<String> statements = SqlScript.parse(script, BUNDLE.read(script).orElseThrow()).statements();
                assertEquals(created.size(), statements.size(), script);
                for (String object : created) {
                    assertTrue(statements.stream().anyMatch(s -> s.startsWith("CREATE " + object + " ")),
                            dialect + " " + object);
                }
            }
        });
    }

    @Test
    void bothDialectsEndWithTheSameTablesAndColumns() throws Exception {
        Map<Dialect, Map<String, List<String>>> schemas = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            DataSource dataSource = emptyDatabase(dialect);
            SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
            schemas.put(dialect, columnsByTable(dataSource));
        }
        assertEquals(List.of("app_settings", "channel_address_options", "channel_addresses", "delivery_attempts",
                "journal_check_ins", "journal_days", "journal_plans", "journal_session_exercises", "journal_sessions",
                "limber_schema_history", "personal_exercise_steps", "personal_exercises", "reminder_deliveries",
                "reminder_plans", "reminder_preferences", "routine_items", "routine_sections", "routines", "sessions",
                "user_exclusions", "user_phase", "users"),
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

    @EachDialect
    void theJournalSchemaRefusesWhatNoJournalHolds(Dialect dialect) throws Exception {
        DataSource dataSource = emptyDatabase(dialect);
        SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "INSERT INTO users (username, password_hash, role, created_at) VALUES ('ada', 'x', 'user', 1)");
            String ada = single(connection, "SELECT id FROM users");
            String checkIn = "INSERT INTO journal_check_ins (user_id, at, timing, back_pain, leg_pain, leg_extent, "
                    + "numbness, tingling, weakness, flare, recorded_at) VALUES (%s, 1, '%s', %d, 0, '%s', FALSE, FALSE, "
                    + "FALSE, FALSE, 1)";
            execute(connection, String.format(checkIn, ada, "standalone", 10, "below-knee"));
            assertRefused(connection, String.format(checkIn, ada, "standalone", 11, "none"));
            assertRefused(connection, String.format(checkIn, ada, "standalone", -1, "none"));
            assertRefused(connection, String.format(checkIn, ada, "during", 0, "none"));
            assertRefused(connection, String.format(checkIn, ada, "standalone", 0, "BELOW_KNEE"));
            assertRefused(connection, String.format(checkIn, "9999", "standalone", 0, "none"));
            assertRefused(connection, "INSERT INTO journal_days (user_id, day, kind) VALUES (" + ada + ", '2026-11-20', 'holiday')");
            assertRefused(connection, "INSERT INTO journal_plans (user_id, sessions_per_week, zone) VALUES (" + ada + ", 22, 'UTC')");

            execute(connection, "INSERT INTO journal_sessions (user_id, at, recorded_at) VALUES (" + ada + ", 1, 1)");
            String session = single(connection, "SELECT id FROM journal_sessions");
            String exercise = "INSERT INTO journal_session_exercises (session_id, position, user_id, exercise_id, "
                    + "outcome, sides, response) VALUES (" + session + ", %d, " + ada + ", 'cat-cow', '%s', 'both', %s)";
            execute(connection, String.format(exercise, 0, "done", "'no-change'"));
            execute(connection, String.format(exercise, 1, "skipped", "NULL"));
            assertRefused(connection, String.format(exercise, 1, "done", "NULL"));
            assertRefused(connection, String.format(exercise, 2, "abandoned", "NULL"));
            assertRefused(connection, String.format(exercise, 2, "done", "'better'"));

            execute(connection, "UPDATE journal_check_ins SET session_id = " + session);
            execute(connection, "DELETE FROM journal_sessions");
            assertEquals("0", single(connection, "SELECT count(*) FROM journal_session_exercises"));
            assertEquals("1", single(connection, "SELECT count(*) FROM journal_check_ins WHERE session_id IS NULL"));
            execute(connection, "INSERT INTO journal_days (user_id, day, kind) VALUES (" + ada + ", '2026-11-20', 'flare')");
            execute(connection, "DELETE FROM users");
            assertEquals("0", single(connection, "SELECT count(*) FROM journal_check_ins"));
            assertEquals("0", single(connection, "SELECT count(*) FROM journal_days"));
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
