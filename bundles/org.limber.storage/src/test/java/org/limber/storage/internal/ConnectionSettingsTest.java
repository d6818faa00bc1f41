package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The shipped configuration makes every connection durable: WAL, synchronous=FULL, a busy timeout, immediate
 * transactions, foreign keys enforced.
 */
class ConnectionSettingsTest {
    @TempDir
    Path base;

    @Test
    void theShippedFileNamesTheSqliteDriverAndTheLimberDataSourceWithoutAPassword() throws Exception {
        Properties properties = ShippedConfiguration.properties();
        assertEquals("sqlite", properties.getProperty("osgi.jdbc.driver.name"));
        assertEquals("limber", properties.getProperty("dataSourceName"));
        assertTrue(properties.getProperty("url").startsWith("jdbc:sqlite:${karaf.base}/storage/limber.db?"),
                properties.getProperty("url"));
        assertTrue(properties.stringPropertyNames().stream().noneMatch(k -> k.toLowerCase().contains("password")));
    }

    @Test
    void connectionsFromTheDistributionsDataSourceAreDurable() throws Exception {
        DataSource dataSource = ShippedConfiguration.dataSource(base);
        try (Connection connection = dataSource.getConnection()) {
            assertDurable(connection);
        }
        assertTrue(Files.isRegularFile(base.resolve("storage/limber.db")));
    }

    @Test
    void theUrlAloneCarriesTheDurabilitySettingsForOtherTools() throws Exception {
        Files.createDirectories(base.resolve("storage"));
        try (Connection connection = DriverManager.getConnection(ShippedConfiguration.url(base))) {
            assertEquals("wal", single(connection, "PRAGMA journal_mode"));
            assertEquals("2", single(connection, "PRAGMA synchronous"), "synchronous=FULL is 2");
            assertEquals("1", single(connection, "PRAGMA foreign_keys"));
        }
    }

    @Test
    void walStaysOnForLaterConnectionsAndReadersDoNotWaitForTheWriter() throws Exception {
        DataSource dataSource = ShippedConfiguration.dataSource(base);
        try (Connection writer = dataSource.getConnection(); Connection reader = dataSource.getConnection()) {
            execute(writer, "CREATE TABLE t (v INTEGER)");
            execute(writer, "INSERT INTO t VALUES (1)");
            writer.setAutoCommit(false);
            execute(writer, "INSERT INTO t VALUES (2)");
            // The writer holds its transaction open; in WAL mode the reader sees the last commit at once.
            long started = System.nanoTime();
            assertEquals("1", single(reader, "SELECT count(*) FROM t"));
            assertTrue(System.nanoTime() - started < 2_000_000_000L, "the reader waited for the writer");
            writer.commit();
            assertEquals("2", single(reader, "SELECT count(*) FROM t"));
        }
    }

    private static void assertDurable(Connection connection) throws SQLException {
        assertEquals("wal", single(connection, "PRAGMA journal_mode"));
        assertEquals("2", single(connection, "PRAGMA synchronous"), "synchronous=FULL is 2");
        assertEquals("1", single(connection, "PRAGMA foreign_keys"));
        assertEquals("10000", single(connection, "PRAGMA busy_timeout"));
        assertEquals(SQLiteConfig.TransactionMode.IMMEDIATE,
                connection.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode());
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getString(1);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
