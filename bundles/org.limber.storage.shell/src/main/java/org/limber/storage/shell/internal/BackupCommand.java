package org.limber.storage.shell.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.limber.storage.api.BackupResult;
import org.limber.storage.api.StorageBackup;

@Command(scope = "limber", name = "backup",
        description = "Writes a consistent copy of Limber's database while it keeps running (docs/backup.md)")
@Service
public class BackupCommand implements Action {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Reference(optional = true)
    StorageBackup backups;

    @Argument(index = 0, name = "file", description = "The new file to write; by default storage/backups/limber-<UTC time>.db")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        if (backups == null) {
            System.err.println("No online backup is available: the database is not the embedded SQLite one (for"
                    + " PostgreSQL use pg_dump), or storage did not start (see limber's health).");
            return null;
        }
        Path target = file != null ? Path.of(file)
                : backups.defaultFolder().resolve("limber-" + STAMP.format(java.time.Instant.now()) + ".db");
        BackupResult result;
        try {
            result = backups.backup(target);
        } catch (IOException e) {
            System.err.println("Backup failed: " + e.getMessage());
            return null;
        }
        System.out.println("Backup written: " + result.file() + " (" + result.bytes() + " bytes, schema version "
                + result.schemaVersion() + ")");
        return null;
    }
}
