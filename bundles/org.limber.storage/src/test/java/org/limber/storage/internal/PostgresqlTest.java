package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.ConnectionSettingsTest.execute;
import static org.limber.storage.internal.ConnectionSettingsTest.single;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.limber.storage.api.StorageStatus;

/** What only PostgreSQL has: its connections, durability settings and transaction isolation, on a real server. */
class PostgresqlTest {
    private static final ScriptSource BUNDLE = ScriptSource.classLoader(PostgresqlTest.class.getClassLoader());

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Test
    void theDriverNameIsTheOnePgjdbcRegistersItsDataSourceFactoryUnder() {
        // What docs/configuration.md tells to put in osgi.jdbc.driver.name.
        assertEquals("PostgreSQL JDBC Driver", PostgresServer.DRIVER_NAME);
    }

    @Test
    void postgresqlIsDetectedFromARealConnectionAndItsLocationHasNoCredentials() throws Exception {
        try (Connection connection = POSTGRES.newDatabase().getConnection()) {
            assertEquals(Dialect.POSTGRESQL, Dialect.of(connection.getMetaData()));
            String location = Dialect.POSTGRESQL.location(connection.getMetaData().getURL());
            assertTrue(location.matches("postgresql://127\\.0\\.0\\.1:\\d+/limber_test_\\d+"), location);
        }
    }

    @Test
    void commitsAreDurable() throws Exception {
        try (Connection connection = POSTGRES.newDatabase().getConnection()) {
            // A commit returns once its WAL is flushed to disk: it survives a crash or a power cut.
            assertEquals("on", single(connection, "SHOW synchronous_commit"));
            assertEquals("on", single(connection, "SHOW fsync"));
            assertEquals("on", single(connection, "SHOW full_page_writes"));
        }
    }

    @Test
    void storageNeedsNoMoreThanOwningItsDatabase() throws Exception {
        DataSource dataSource = POSTGRES.newDatabase();
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(PostgresServer.USER, single(connection, "SELECT current_user"));
            assertEquals("false",
                    single(connection, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
        }
        assertEquals(Migrations.latest(), SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE).schemaVersion());
    }

    /** pgjdbc quotes a failed batch statement with its parameters: the failure keeps the server's message only. */
    @Test
    void aFailedBatchNamesNoValue() throws Exception {
        DataSource dataSource = POSTGRES.newDatabase();
        SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO app_settings (key, value) VALUES (?, ?)")) {
            for (String value : List.of("secret-one", "secret-two")) {
                insert.setString(1, "same-key");
                insert.setString(2, value);
                insert.addBatch();
            }
            SQLException failure = assertThrows(SQLException.class, insert::executeBatch);
            assertTrue(failure.getMessage().contains("secret-two"), "pgjdbc's own message: " + failure.getMessage());
            String sanitized = SqlFailures.sanitized(failure).getMessage();
            assertTrue(sanitized.startsWith("ERROR: duplicate key value violates unique constraint"), sanitized);
            assertFalse(sanitized.contains("secret"), sanitized);
        }
    }

    /**
     * An administrator may make another isolation level the database's default. The migration lock must still
     * serialize starters: each must read the history as committed after it got the lock, not as of before.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"read committed", "repeatable read", "serializable"})
    void concurrentStartersMigrateOnceWhateverTheDefaultIsolation(String isolation) throws Exception {
        DataSource dataSource = POSTGRES.newDatabase();
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "ALTER DATABASE " + single(connection, "SELECT current_database()")
                    + " SET default_transaction_isolation = '" + isolation + "'");
        }
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(isolation, single(connection, "SHOW transaction_isolation"));
        }
        int starters = 4;
        ExecutorService pool = Executors.newFixedThreadPool(starters);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<StorageStatus>> started = new ArrayList<>();
            for (int i = 0; i < starters; i++) {
                started.add(pool.submit(() -> {
                    go.await();
                    return SchemaStarter.start(dataSource, Migrations.ALL, BUNDLE);
                }));
            }
            go.countDown();
            for (Future<StorageStatus> status : started) {
                assertEquals(Migrations.latest(), status.get(30, TimeUnit.SECONDS).schemaVersion());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(String.valueOf(Migrations.ALL.size()),
                    single(connection, "SELECT count(*) FROM limber_schema_history"));
        }
    }
}
