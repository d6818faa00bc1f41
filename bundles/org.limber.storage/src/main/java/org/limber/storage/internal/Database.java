package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.limber.storage.api.StorageException;

/**
 * How the stores reach the database: a connection per call, taken from the DataSource and closed at its end. A
 * read is one statement (one consistent snapshot); a write is one transaction, committed before the call returns,
 * so an acknowledged write is durable. Failures become {@link StorageException}s that name what failed, never a
 * stored value.
 */
final class Database {
    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    /**
     * SQLite lets one writer in at a time, and writers waiting for it poll with growing sleeps (the busy handler),
     * so under load some wait far longer than others. Writers of this process queue here instead, first come first
     * served; the busy timeout remains for other processes (a backup tool, a second Limber at start-up).
     */
    private final ReentrantLock writers;

    Database(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.writers = dialect.oneWriterAtATime() ? new ReentrantLock(true) : null;
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Runs a read in auto-commit mode.
     *
     * @param what what is read, for the failure's message ("read a check-in")
     */
    <T> T read(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs a write as one transaction: committed when the work returns, rolled back when it throws.
     *
     * @param what what is written, for the failure's message ("add a check-in")
     */
    <T> T write(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            // The connection is opened before queueing: opening takes no lock, and others need not wait for it.
            if (writers != null) {
                writers.lock();
            }
            try {
                return transaction(connection, work);
            } finally {
                if (writers != null) {
                    writers.unlock();
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private <T> T transaction(Connection connection, Work<T> work) throws SQLException {
        dialect.beginWrite(connection);
        try {
            T result = work.run(connection);
            dialect.commit(connection);
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        } finally {
            restoreAutoCommit(connection);
        }
    }

    private void rollback(Connection connection, Throwable cause) {
        try {
            dialect.rollback(connection);
        } catch (SQLException e) {
            // SQLite may have rolled back by itself (a full disk, an I/O error): nothing is left to undo.
            cause.addSuppressed(SqlFailures.sanitized(e));
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // The connection is closed next anyway.
        }
    }

    private static StorageException failure(String what, SQLException e) {
        SQLException sanitized = SqlFailures.sanitized(e);
        return new StorageException("The database could not " + what + ": " + sanitized.getMessage(), sanitized);
    }
}
