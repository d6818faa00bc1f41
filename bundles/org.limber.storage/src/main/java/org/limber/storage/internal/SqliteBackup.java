package org.limber.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import org.limber.storage.api.BackupResult;
import org.limber.storage.api.StorageBackup;

/**
 * Backs up an SQLite database with {@code VACUUM INTO}: SQLite copies the database as one read transaction, so the
 * copy is consistent while other connections keep writing, and it holds no WAL file of its own.
 */
final class SqliteBackup implements StorageBackup {
    private final DataSource dataSource;
    private final Path databaseFile;
    private final int schemaVersion;
    private final Clock clock;

    SqliteBackup(DataSource dataSource, Path databaseFile, int schemaVersion, Clock clock) {
        this.dataSource = dataSource;
        this.databaseFile = databaseFile;
        this.schemaVersion = schemaVersion;
        this.clock = clock;
    }

    @Override
    public BackupResult backup(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new IOException(file + " already exists; a backup never overwrites a file");
        }
        if (file.equals(databaseFile.toAbsolutePath().normalize())) {
            throw new IOException("the backup cannot be the database file itself");
        }
        Files.createDirectories(file.getParent());
        Instant createdAt = clock.instant();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, file.toString());
            vacuum.execute();
        } catch (SQLException e) {
            Files.deleteIfExists(file);
            throw new IOException("the database could not be copied to " + file + ": " + e.getMessage(), e);
        }
        return new BackupResult(file, Files.size(file), schemaVersion, createdAt);
    }

    @Override
    public Path defaultFolder() {
        return databaseFile.toAbsolutePath().getParent().resolve("backups");
    }
}
