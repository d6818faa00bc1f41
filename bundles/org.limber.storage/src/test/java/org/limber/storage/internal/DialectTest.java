package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectTest {
    @TempDir
    Path base;

    @Test
    void sqliteIsDetectedFromARealConnection() throws Exception {
        try (Connection connection = ShippedConfiguration.dataSource(base).getConnection()) {
            assertEquals(Dialect.SQLITE, Dialect.of(connection.getMetaData()));
            assertEquals(base.resolve("storage/limber.db").toString(),
                    Dialect.SQLITE.location(connection.getMetaData().getURL()));
        }
    }

    @Test
    void locationsNeverCarryOptionsOrCredentials() {
        assertEquals("/srv/limber/storage/limber.db",
                Dialect.SQLITE.location("jdbc:sqlite:/srv/limber/storage/limber.db?journal_mode=WAL&synchronous=FULL"));
        assertEquals("/srv/limber.db", Dialect.SQLITE.location("jdbc:sqlite:file:/srv/limber.db"));
        assertEquals("in memory", Dialect.SQLITE.location("jdbc:sqlite::memory:"));
        assertEquals("postgresql://db.local:5432/limber",
                Dialect.POSTGRESQL.location("jdbc:postgresql://db.local:5432/limber?user=limber&password=secret"));
    }

    @Test
    void idsNameTheScriptFolders() {
        assertEquals("sqlite", Dialect.SQLITE.id());
        assertEquals("postgresql", Dialect.POSTGRESQL.id());
    }
}
