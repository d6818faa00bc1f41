package org.limber.storage.internal;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/**
 * Database errors without the stored values some drivers put in them: PostgreSQL adds lines such as
 * {@code Detail: Failing row contains (...)} or {@code Key (username)=(ann) already exists}, and pgjdbc quotes a
 * failed batch statement with its parameters, which would carry health data, secrets and usernames into logs. What
 * is left is the first line of the server's message, the SQLState and the error code.
 */
final class SqlFailures {
    private SqlFailures() {
    }

    /** The failure as an exception of the same SQLState and code, its message cut to its first line. */
    static SQLException sanitized(SQLException e) {
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            // pgjdbc's message of a failed batch quotes the statement with its parameters ("Batch entry 0 INSERT
            // ... VALUES ('my notes') was aborted: ..."): the server's own error is the next exception.
            return sanitized(e.getNextException());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int lineEnd = message.indexOf('\n');
        if (lineEnd >= 0) {
            message = message.substring(0, lineEnd).strip();
        }
        if (e.getSQLState() != null) {
            message = message + " [SQLState " + e.getSQLState() + "]";
        }
        SQLException sanitized = new SQLException(message, e.getSQLState(), e.getErrorCode());
        sanitized.setStackTrace(e.getStackTrace());
        return sanitized;
    }
}
