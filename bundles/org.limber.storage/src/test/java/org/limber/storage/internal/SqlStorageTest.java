package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.api.StorageException;
import org.sqlite.SQLiteDataSource;

class SqlStorageTest {
    @TempDir
    Path base;

    /** The way the other bundles' tests open storage. */
    @Test
    void startMigratesAndReportsTheSchema() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + base.resolve("limber.db")
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
        dataSource.setBusyTimeout(10000);
        dataSource.setTransactionMode("IMMEDIATE");
        SqlStorage storage = SqlStorage.start(dataSource);
        assertEquals(Migrations.latest(), storage.status().schemaVersion());
        assertEquals("sqlite", storage.status().dialect());
        assertEquals(base.resolve("limber.db").toString(), storage.status().location());
    }

    @Test
    void sqliteWithoutForeignKeysIsRefused() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + base.resolve("limber.db"));
        MigrationException e = assertThrows(MigrationException.class, () -> SqlStorage.start(dataSource));
        assertTrue(e.getMessage().contains("foreign_keys=true"), e.getMessage());
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsAStorageException() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + base.resolve("missing-folder/limber.db"));
        StorageException e = assertThrows(StorageException.class, () -> SqlStorage.start(dataSource));
        assertTrue(e.getMessage().startsWith("The database cannot be opened or read: "), e.getMessage());
    }

    @Test
    void failuresKeepTheFirstLineOfTheMessageOnly() {
        SQLException original = new SQLException("ERROR: new row for relation \"journal_check_ins\" violates check "
                + "constraint \"journal_check_ins_back_pain_check\"\n  Detail: Failing row contains (1, 2, my notes).",
                "23514", 7);
        SQLException sanitized = SqlFailures.sanitized(original);
        assertEquals("ERROR: new row for relation \"journal_check_ins\" violates check constraint "
                + "\"journal_check_ins_back_pain_check\" [SQLState 23514]", sanitized.getMessage());
        assertEquals("23514", sanitized.getSQLState());
        assertEquals(7, sanitized.getErrorCode());
        assertEquals(null, sanitized.getCause());
        assertEquals(original.getStackTrace().length, sanitized.getStackTrace().length);
    }

    @Test
    void aFailedBatchKeepsTheServersMessageWithoutTheStatementsValues() {
        SQLException server = new SQLException("ERROR: null value in column \"text\" of relation "
                + "\"personal_exercise_steps\" violates not-null constraint\n  Detail: Failing row contains (1, 0, null).",
                "23502", 0);
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO channel_address_options "
                + "(user_id, channel_id, name, value) VALUES (('1'::int8), ('webhook'), ('secret'), ('s3cret')) was "
                + "aborted: ERROR: null value  Call getNextException to see other errors in the batch.", "23502", 0,
                new int[0], null);
        batch.setNextException(server);
        SQLException sanitized = SqlFailures.sanitized(batch);
        assertEquals("ERROR: null value in column \"text\" of relation \"personal_exercise_steps\" violates "
                + "not-null constraint [SQLState 23502]", sanitized.getMessage());
        assertEquals("23502", sanitized.getSQLState());
    }
}
