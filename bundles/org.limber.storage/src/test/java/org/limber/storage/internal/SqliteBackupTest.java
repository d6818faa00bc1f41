package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.api.BackupResult;
import org.limber.storage.api.StorageStatus;

/** Online backups of the shipped SQLite configuration, taken while another connection keeps writing. */
class SqliteBackupTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path base;

    private DataSource dataSource;
    private SqliteBackup backups;

    @BeforeEach
    void migrate() throws Exception {
        dataSource = ShippedConfiguration.dataSource(base);
        StorageStatus status = SchemaStarter.start(dataSource, Migrations.ALL,
                ScriptSource.classLoader(SqliteBackupTest.class.getClassLoader()));
        backups = new SqliteBackup(dataSource, Path.of(status.location()), status.schemaVersion(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aBackupTakenDuringWritesIsConsistentAndComplete() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(10);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                insertUser("user-" + written.incrementAndGet());
                started.countDown();
            }
        });
        writer.start();
        started.await();
        int before = written.get();
        BackupResult result = backups.backup(base.resolve("backups/copy.db"));
        int after = written.get();
        writing.set(false);
        writer.join();

        assertEquals(NOW, result.createdAt());
        assertEquals(Files.size(result.file()), result.bytes());
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + result.file());
             Statement statement = copy.createStatement()) {
            assertEquals("ok", single(statement, "PRAGMA integrity_check"));
            assertEquals(String.valueOf(result.schemaVersion()),
                    single(statement, "SELECT MAX(version) FROM limber_schema_history"));
            int users = Integer.parseInt(single(statement, "SELECT COUNT(*) FROM users"));
            assertTrue(users >= before - 1 && users <= after, before + " <= " + users + " <= " + after);
        }
        assertTrue(Files.notExists(Path.of(result.file() + "-wal")), "the copy stands alone, without a WAL file");
    }

    @Test
    void aRestoredBackupStartsWithItsData() throws Exception {
        insertUser("before-backup");
        BackupResult result = backups.backup(base.resolve("copy.db"));
        insertUser("after-backup");

        Path restoredBase = base.resolve("restored");
        Files.createDirectories(restoredBase.resolve("storage"));
        Files.copy(result.file(), restoredBase.resolve("storage/limber.db"));
        DataSource restored = ShippedConfiguration.dataSource(restoredBase);
        StorageStatus status = SchemaStarter.start(restored, Migrations.ALL,
                ScriptSource.classLoader(SqliteBackupTest.class.getClassLoader()));

        assertEquals(result.schemaVersion(), status.schemaVersion());
        try (Connection connection = restored.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals("1", single(statement, "SELECT COUNT(*) FROM users WHERE username = 'before-backup'"));
            assertEquals("0", single(statement, "SELECT COUNT(*) FROM users WHERE username = 'after-backup'"));
            assertEquals("wal", single(statement, "PRAGMA journal_mode"));
        }
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path existing = Files.writeString(base.resolve("precious.db"), "keep me");
        IOException refused = assertThrows(IOException.class, () -> backups.backup(existing));
        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals("keep me", Files.readString(existing));
    }

    @Test
    void backupsGoBesideTheDatabaseByDefault() {
        assertEquals(base.resolve("storage/backups").toAbsolutePath(), backups.defaultFolder());
    }

    private void insertUser(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO users (username, password_hash, role, created_at, disabled) VALUES (?, 'x', 'user', 0, 0)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
