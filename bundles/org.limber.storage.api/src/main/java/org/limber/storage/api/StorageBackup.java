package org.limber.storage.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Online backups of an embedded (SQLite) database: a consistent copy written while Limber keeps serving. Registered
 * only when the database is SQLite; a PostgreSQL installation backs up with the server's own tools (pg_dump).
 */
@ProviderType
public interface StorageBackup {
    /**
     * Writes a consistent, compacted copy of the database to {@code target}, which must not exist yet.
     *
     * @throws IOException when the target exists, its folder cannot be created, or the copy fails
     */
    BackupResult backup(Path target) throws IOException;

    /** Where backups go when no target is named: a {@code backups} folder beside the database file. */
    Path defaultFolder();
}
