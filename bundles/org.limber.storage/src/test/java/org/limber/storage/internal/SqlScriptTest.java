package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void statementsEndWithTheLineThatEndsWithASemicolon() {
        SqlScript script = SqlScript.parse("V1.sql", """
                -- a comment; with a semicolon at its end;
                CREATE TABLE a (
                    id INTEGER PRIMARY KEY,
                    note TEXT DEFAULT 'x;y'
                );

                INSERT INTO a (note) VALUES ('one;two');
                   -- indented comment
                CREATE INDEX a_note ON a (note);   \s
                """);
        assertEquals(List.of("""
                CREATE TABLE a (
                    id INTEGER PRIMARY KEY,
                    note TEXT DEFAULT 'x;y'
                )""", "INSERT INTO a (note) VALUES ('one;two')", "CREATE INDEX a_note ON a (note)"),
                script.statements());
    }

    @Test
    void aScriptWithoutStatementsIsEmpty() {
        assertEquals(List.of(), SqlScript.parse("V1.sql", "-- nothing yet\n\n").statements());
        assertEquals(List.of(), SqlScript.parse("V1.sql", "").statements());
    }

    @Test
    void aMissingFinalSemicolonFails() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> SqlScript.parse("V1.sql", "CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER)\n"));
        assertTrue(e.getMessage().startsWith("V1.sql"), e.getMessage());
    }

    @Test
    void aCommentAfterTheSemicolonFailsInsteadOfJoiningTwoStatements() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> SqlScript.parse("V1.sql", "CREATE TABLE a (id INTEGER); -- first\nCREATE TABLE b (id INTEGER);\n"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void transactionControlIsRefused() {
        for (String control : List.of("BEGIN;", "begin immediate;", "COMMIT;", "ROLLBACK;", "END;", "start transaction;")) {
            assertThrows(MigrationException.class,
                    () -> SqlScript.parse("V1.sql", "CREATE TABLE a (id INTEGER);\n" + control + "\n"), control);
        }
        // Words that merely start like one are fine.
        assertEquals(1, SqlScript.parse("V1.sql", "CREATE TABLE beginnings (id INTEGER);\n").statements().size());
    }

    @Test
    void theChecksumIsTheSha256OfTheTextWithLineEndsNormalized() {
        SqlScript unix = SqlScript.parse("V1.sql", "CREATE TABLE a (id INTEGER);\n");
        SqlScript windows = SqlScript.parse("V1.sql", "CREATE TABLE a (id INTEGER);\r\n");
        assertEquals(unix.checksum(), windows.checksum());
        // sha256("CREATE TABLE a (id INTEGER);\n"), as printed by sha256sum
        assertEquals("55b5db57dee6d81a9fdc1aefc06250ac686ca61587be00ef8a1f6e2510f1f821", unix.checksum());
        assertEquals(64, unix.checksum().length());
        assertNotEquals(unix.checksum(), SqlScript.parse("V1.sql", "CREATE TABLE a (id  INTEGER);\n").checksum());
    }
}
