package org.limber.storage.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A finished backup.
 *
 * @param file          the copy
 * @param bytes         its size
 * @param schemaVersion the schema version it holds (restore it into a Limber that knows this version or a newer one)
 * @param createdAt     when the copy was taken
 */
public record BackupResult(Path file, long bytes, int schemaVersion, Instant createdAt) {
}
