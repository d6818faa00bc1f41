package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.ConnectionSettingsTest.execute;
import static org.limber.storage.internal.ConnectionSettingsTest.single;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration runner against real SQLite files, opened as the distribution opens them. */
class MigrationRunnerTest {
    private static final Migration FIRST = new Migration(1, "Create notes");
    private static final Migration SECOND = new Migration(2, "Add note titles");
    private static final Migration THIRD = new Migration(3, "Create tags");

    @TempDir
    Path base;

    private DataSource dataSource;
    private final Map<String, String> scripts = new HashMap<>();

    @BeforeEach
    void scripts() throws Exception {
        dataSource = ShippedConfiguration.dataSource(base);
        script(FIRST, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n");
        // Needs the first: run out of order, it fails.
        script(SECOND, "ALTER TABLE notes ADD COLUMN title TEXT;\nUPDATE notes SET title = 'untitled';\n");
        script(THIRD, "CREATE TABLE tags (note_id INTEGER NOT NULL REFERENCES notes (id), tag TEXT NOT NULL);\n");
    }

    private void script(Migration migration, String text) {
        scripts.put(migration.script(Dialect.SQLITE), text);
    }

    private MigrationRunner runner(Migration... migrations) {
        return new MigrationRunner(Dialect.SQLITE, List.of(migrations), name -> Optional.ofNullable(scripts.get(name)));
    }

    private MigrationRunner.Result migrate(Migration... migrations) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return runner(migrations).migrate(connection);
        }
    }

    private List<List<String>> history() throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT version, description, checksum, applied_at FROM limber_schema_history ORDER BY applied_at, version")) {
            while (result.next()) {
                rows.add(List.of(result.getString(1), result.getString(2), result.getString(3), result.getString(4)));
            }
        }
        return rows;
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return !single(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")
                    .equals("0");
        }
    }

    @Test
    void migrationsApplyOnceAndInOrder() throws Exception {
        MigrationRunner.Result result = migrate(FIRST, SECOND, THIRD);
        assertEquals(3, result.schemaVersion());
        assertEquals(List.of(FIRST, SECOND, THIRD), result.applied());
        List<List<String>> history = history();
        assertEquals(List.of("1", "2", "3"), history.stream().map(row -> row.get(0)).toList());
        assertEquals(List.of("Create notes", "Add note titles", "Create tags"),
                history.stream().map(row -> row.get(1)).toList());
        assertEquals(SqlScript.parse("x", scripts.get(FIRST.script(Dialect.SQLITE))).checksum(), history.get(0).get(2));
        assertTrue(history.get(0).get(3).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), history.get(0).get(3));
        assertTrue(tableExists("notes"));
        assertTrue(tableExists("tags"));
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        migrate(FIRST, SECOND);
        List<List<String>> before = history();
        MigrationRunner.Result again = migrate(FIRST, SECOND);
        assertEquals(2, again.schemaVersion());
        assertEquals(List.of(), again.applied());
        assertEquals(before, history());
    }

    @Test
    void aNewReleaseAppliesOnlyItsNewMigrations() throws Exception {
        migrate(FIRST);
        MigrationRunner.Result upgrade = migrate(FIRST, SECOND, THIRD);
        assertEquals(List.of(SECOND, THIRD), upgrade.applied());
        assertEquals(3, upgrade.schemaVersion());
    }

    @Test
    void aDatabaseNewerThanTheCodeIsRefused() throws Exception {
        migrate(FIRST, SECOND, THIRD);
        List<List<String>> before = history();
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND));
        assertTrue(e.getMessage().contains("schema version 3"), e.getMessage());
        assertTrue(e.getMessage().contains("(schema version 2)"), e.getMessage());
        assertTrue(e.getMessage().contains("newer Limber"), e.getMessage());
        assertTrue(e.getMessage().contains("restore a backup"), e.getMessage());
        assertEquals(before, history());
    }

    @Test
    void aChangedScriptIsRefused() throws Exception {
        migrate(FIRST, SECOND);
        script(SECOND, "ALTER TABLE notes ADD COLUMN title TEXT NOT NULL DEFAULT '';\n");
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND, THIRD));
        assertTrue(e.getMessage().startsWith("Schema migration 2 was changed after it was applied"), e.getMessage());
        assertTrue(e.getMessage().contains(SECOND.script(Dialect.SQLITE)), e.getMessage());
        assertFalse(tableExists("tags"), "nothing after the changed migration runs");
    }

    @Test
    void anAppliedMigrationTheCodeDoesNotKnowIsRefused() throws Exception {
        migrate(FIRST, SECOND, THIRD);
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, THIRD));
        assertTrue(e.getMessage().contains("migration 2 applied"), e.getMessage());
    }

    @Test
    void aMigrationAddedBelowTheNewestAppliedIsRefused() throws Exception {
        migrate(FIRST, THIRD);
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND, THIRD));
        assertTrue(e.getMessage().contains("Schema migration 2 (Add note titles) is missing"), e.getMessage());
    }

    @Test
    void aFailingMigrationRollsBackWholeAndLeavesTheHistoryUnchanged() throws Exception {
        migrate(FIRST);
        List<List<String>> before = history();
        // The first statement works, the second fails: the first must be undone too.
        script(SECOND, "CREATE TABLE half_done (id INTEGER);\nALTER TABLE notes ADD COLUMN body TEXT;\n");
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND, THIRD));
        assertTrue(e.getMessage().contains("Schema migration 2 (Add note titles) failed at statement 2 of "
                + SECOND.script(Dialect.SQLITE)), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate column name"), e.getMessage());
        assertEquals(before, history());
        assertFalse(tableExists("half_done"));
        assertFalse(tableExists("tags"));

        // Fixed, it applies, and the connection is usable (no transaction left open).
        script(SECOND, "ALTER TABLE notes ADD COLUMN title TEXT;\n");
        assertEquals(3, migrate(FIRST, SECOND, THIRD).schemaVersion());
    }

    @Test
    void theConnectionIsLeftAsItWas() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            runner(FIRST).migrate(connection);
            assertFalse(connection.getAutoCommit());
            connection.rollback();
            connection.setAutoCommit(true);
            assertThrows(MigrationException.class, () -> runner().migrate(connection), "knows no version, db has 1");
            assertTrue(connection.getAutoCommit());
            execute(connection, "INSERT INTO notes (body) VALUES ('still usable')");
        }
    }

    @Test
    void aMissingScriptFailsBeforeTouchingTheDatabase() {
        Migration unwritten = new Migration(4, "Not written yet");
        MigrationException e = assertThrows(MigrationException.class, () -> runner(FIRST, unwritten));
        assertTrue(e.getMessage().contains("db/sqlite/V004__not_written_yet.sql"), e.getMessage());
    }

    @Test
    void versionsMustAscend() {
        assertThrows(IllegalArgumentException.class, () -> runner(SECOND, FIRST));
        assertThrows(IllegalArgumentException.class, () -> runner(FIRST, FIRST));
    }

    @Test
    void concurrentStartersApplyEachMigrationExactlyOnce() throws Exception {
        // Slow migrations widen the window in which two starters could both find them pending.
        StringBuilder slow = new StringBuilder(scripts.get(FIRST.script(Dialect.SQLITE)));
        slow.append("CREATE TABLE numbers (n INTEGER NOT NULL);\n");
        slow.append("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 200000) ")
                .append("INSERT INTO numbers SELECT n FROM c;\n");
        script(FIRST, slow.toString());
        int starters = 4;
        ExecutorService pool = Executors.newFixedThreadPool(starters);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<MigrationRunner.Result>> results = new ArrayList<>();
            for (int i = 0; i < starters; i++) {
                Callable<MigrationRunner.Result> start = () -> {
                    go.await();
                    return migrate(FIRST, SECOND, THIRD);
                };
                results.add(pool.submit(start));
            }
            go.countDown();
            int applied = 0;
            for (Future<MigrationRunner.Result> result : results) {
                MigrationRunner.Result done = result.get(60, TimeUnit.SECONDS);
                assertEquals(3, done.schemaVersion());
                applied += done.applied().size();
            }
            assertEquals(3, applied, "each migration applied by exactly one starter");
            assertEquals(List.of("1", "2", "3"), history().stream().map(row -> row.get(0)).sorted().toList());
            try (Connection connection = dataSource.getConnection()) {
                assertEquals("200000", single(connection, "SELECT count(*) FROM numbers"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
