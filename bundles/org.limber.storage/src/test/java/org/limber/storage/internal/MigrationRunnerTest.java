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
import java.time.Instant;
import java.time.OffsetDateTime;
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
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration runner against real databases, each test once per dialect: SQLite files opened as the distribution
 * opens them, and databases of a throwaway PostgreSQL cluster (an ordinary role's, through pgjdbc's DataSourceFactory).
 * The test scripts are written in SQL both dialects accept.
 */
class MigrationRunnerTest {
    private static final Migration FIRST = new Migration(1, "Create notes");
    private static final Migration SECOND = new Migration(2, "Add note titles");
    private static final Migration THIRD = new Migration(3, "Create tags");

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private Dialect dialect;
    private DataSource dataSource;
    private final Map<Migration, String> scripts = new HashMap<>();

    @BeforeEach
    void scripts() {
        script(FIRST, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n");
        // Needs the first: run out of order, it fails.
        script(SECOND, "ALTER TABLE notes ADD COLUMN title TEXT;\nUPDATE notes SET title = 'untitled';\n");
        script(THIRD, "CREATE TABLE tags (note_id INTEGER NOT NULL REFERENCES notes (id), tag TEXT NOT NULL);\n");
    }

    /** The test runs on a new, empty database of the dialect. */
    private void open(Dialect dialect) throws Exception {
        this.dialect = dialect;
        dataSource = switch (dialect) {
            case SQLITE -> ShippedConfiguration.dataSource(base);
            case POSTGRESQL -> POSTGRES.newDatabase();
        };
    }

    private void script(Migration migration, String text) {
        scripts.put(migration, text);
    }

    private MigrationRunner runner(Migration... migrations) {
        Map<String, String> byName = new HashMap<>();
        scripts.forEach((migration, text) -> byName.put(migration.script(dialect), text));
        return new MigrationRunner(dialect, List.of(migrations), name -> Optional.ofNullable(byName.get(name)));
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

    /** When a migration was recorded: ISO 8601 text in SQLite, a timestamp with time zone in PostgreSQL. */
    private Instant appliedAt(int version) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT applied_at FROM limber_schema_history WHERE version = " + version)) {
            assertTrue(result.next(), "migration " + version + " recorded");
            return switch (dialect) {
                case SQLITE -> {
                    String text = result.getString(1);
                    assertTrue(text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), text);
                    yield Instant.parse(text);
                }
                case POSTGRESQL -> result.getObject(1, OffsetDateTime.class).toInstant();
            };
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    @EachDialect
    void migrationsApplyOnceAndInOrder(Dialect dialect) throws Exception {
        open(dialect);
        Instant before = Instant.now().minusSeconds(1);
        MigrationRunner.Result result = migrate(FIRST, SECOND, THIRD);
        assertEquals(3, result.schemaVersion());
        assertEquals(List.of(FIRST, SECOND, THIRD), result.applied());
        List<List<String>> history = history();
        assertEquals(List.of("1", "2", "3"), history.stream().map(row -> row.get(0)).toList());
        assertEquals(List.of("Create notes", "Add note titles", "Create tags"),
                history.stream().map(row -> row.get(1)).toList());
        assertEquals(SqlScript.parse("x", scripts.get(FIRST)).checksum(), history.get(0).get(2));
        Instant appliedAt = appliedAt(1);
        assertTrue(!appliedAt.isBefore(before) && !appliedAt.isAfter(Instant.now().plusSeconds(1)),
                appliedAt.toString());
        assertTrue(tableExists("notes"));
        assertTrue(tableExists("tags"));
    }

    @EachDialect
    void runningAgainChangesNothing(Dialect dialect) throws Exception {
        open(dialect);
        migrate(FIRST, SECOND);
        List<List<String>> before = history();
        MigrationRunner.Result again = migrate(FIRST, SECOND);
        assertEquals(2, again.schemaVersion());
        assertEquals(List.of(), again.applied());
        assertEquals(before, history());
    }

    @EachDialect
    void aNewReleaseAppliesOnlyItsNewMigrations(Dialect dialect) throws Exception {
        open(dialect);
        migrate(FIRST);
        MigrationRunner.Result upgrade = migrate(FIRST, SECOND, THIRD);
        assertEquals(List.of(SECOND, THIRD), upgrade.applied());
        assertEquals(3, upgrade.schemaVersion());
    }

    @EachDialect
    void aDatabaseNewerThanTheCodeIsRefused(Dialect dialect) throws Exception {
        open(dialect);
        migrate(FIRST, SECOND, THIRD);
        List<List<String>> before = history();
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND));
        assertTrue(e.getMessage().contains("schema version 3"), e.getMessage());
        assertTrue(e.getMessage().contains("(schema version 2)"), e.getMessage());
        assertTrue(e.getMessage().contains("newer Limber"), e.getMessage());
        assertTrue(e.getMessage().contains("restore a backup"), e.getMessage());
        assertEquals(before, history());
    }

    @EachDialect
    void aChangedScriptIsRefused(Dialect dialect) throws Exception {
        open(dialect);
        migrate(FIRST, SECOND);
        script(SECOND, "ALTER TABLE notes ADD COLUMN title TEXT NOT NULL DEFAULT '';\n");
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND, THIRD));
        assertTrue(e.getMessage().startsWith("Schema migration 2 was changed after it was applied"), e.getMessage());
        assertTrue(e.getMessage().contains(SECOND.script(dialect)), e.getMessage());
        assertFalse(tableExists("tags"), "nothing after the changed migration runs");
    }

    @EachDialect
    void anAppliedMigrationTheCodeDoesNotKnowIsRefused(Dialect dialect) throws Exception {
        open(dialect);
        migrate(FIRST, SECOND, THIRD);
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, THIRD));
        assertTrue(e.getMessage().contains("migration 2 applied"), e.getMessage());
    }

    @EachDialect
    void aMigrationAddedBelowTheNewestAppliedIsRefused(Dialect dialect) throws Exception {
        open(dialect);
        migrate(FIRST, THIRD);
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND, THIRD));
        assertTrue(e.getMessage().contains("Schema migration 2 (Add note titles) is missing"), e.getMessage());
    }

    @EachDialect
    void aFailingMigrationRollsBackWholeAndLeavesTheHistoryUnchanged(Dialect dialect) throws Exception {
        open(dialect);
        migrate(FIRST);
        List<List<String>> before = history();
        // The first statement works, the second fails: the first must be undone too.
        script(SECOND, "CREATE TABLE half_done (id INTEGER);\nALTER TABLE notes ADD COLUMN body TEXT;\n");
        MigrationException e = assertThrows(MigrationException.class, () -> migrate(FIRST, SECOND, THIRD));
        assertTrue(e.getMessage().contains("Schema migration 2 (Add note titles) failed at statement 2 of "
                + SECOND.script(dialect)), e.getMessage());
        String databaseSays = switch (dialect) {
            case SQLITE -> "duplicate column name: body";
            case POSTGRESQL -> "column \"body\" of relation \"notes\" already exists";
        };
        assertTrue(e.getMessage().contains(databaseSays), e.getMessage());
        assertEquals(before, history());
        assertFalse(tableExists("half_done"));
        assertFalse(tableExists("tags"));

        // Fixed, it applies, and the connection is usable (no transaction left open).
        script(SECOND, "ALTER TABLE notes ADD COLUMN title TEXT;\n");
        assertEquals(3, migrate(FIRST, SECOND, THIRD).schemaVersion());
    }

    @EachDialect
    void theConnectionIsLeftAsItWas(Dialect dialect) throws Exception {
        open(dialect);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            runner(FIRST).migrate(connection);
            assertFalse(connection.getAutoCommit());
            connection.rollback();
            connection.setAutoCommit(true);
            assertThrows(MigrationException.class, () -> runner().migrate(connection), "knows no version, db has 1");
            assertTrue(connection.getAutoCommit());
            execute(connection, "INSERT INTO notes (id, body) VALUES (1, 'still usable')");
        }
    }

    @EachDialect
    void aMissingScriptFailsBeforeTouchingTheDatabase(Dialect dialect) {
        this.dialect = dialect;
        Migration unwritten = new Migration(4, "Not written yet");
        MigrationException e = assertThrows(MigrationException.class, () -> runner(FIRST, unwritten));
        assertTrue(e.getMessage().contains("db/" + dialect.id() + "/V004__not_written_yet.sql"), e.getMessage());
    }

    @EachDialect
    void versionsMustAscend(Dialect dialect) {
        this.dialect = dialect;
        assertThrows(IllegalArgumentException.class, () -> runner(SECOND, FIRST));
        assertThrows(IllegalArgumentException.class, () -> runner(FIRST, FIRST));
    }

    @EachDialect
    void aStarterWaitsWhileAnotherHoldsTheMigrationLock(Dialect dialect) throws Exception {
        open(dialect);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            dialect.beginExclusive(other);
            Future<MigrationRunner.Result> starting = pool.submit(() -> migrate(FIRST));
            assertThrows(TimeoutException.class, () -> starting.get(300, TimeUnit.MILLISECONDS));
            dialect.commit(other);
            assertEquals(List.of(FIRST), starting.get(20, TimeUnit.SECONDS).applied());
        } finally {
            pool.shutdownNow();
        }
    }

    @EachDialect
    void concurrentStartersApplyEachMigrationExactlyOnce(Dialect dialect) throws Exception {
        open(dialect);
        // The database file exists before the starters race, as in a real installation: creating a new SQLite
        // file switches it to WAL, which is not what this test is about.
        dataSource.getConnection().close();
        // Slow migrations widen the window in which two starters could both find them pending.
        StringBuilder slow = new StringBuilder(scripts.get(FIRST));
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
