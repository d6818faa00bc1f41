package org.limber.account.internal;

import java.nio.file.Path;

import org.limber.storage.internal.SqlStorage;
import org.sqlite.SQLiteDataSource;

/** Limber's real storage on a fresh SQLite file, configured as the distribution configures it. */
final class TestStorage {
    private TestStorage() {
    }

    static SqlStorage open(Path folder) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("limber.db")
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
        dataSource.setBusyTimeout(10_000);
        dataSource.setTransactionMode("IMMEDIATE");
        return SqlStorage.start(dataSource);
    }
}
