package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The SQL dialects Limber's storage speaks. Everything that differs between them lives here or in the per-dialect
 * scripts under {@code db/<id>/}; bundles outside storage never see a dialect.
 */
public enum Dialect {
    /** Embedded SQLite (the default): a single file, one writer at a time. */
    SQLITE("sqlite") {
        @Override
        void beginExclusive(Connection connection) throws SQLException {
            // Autocommit on, so the driver issues no BEGIN of its own; BEGIN IMMEDIATE takes the write lock at once
            // (waiting up to busy_timeout), so two starters never both read the history and then both migrate.
            connection.setAutoCommit(true);
            execute(connection, "BEGIN IMMEDIATE");
        }

        @Override
        void commit(Connection connection) throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            execute(connection, "ROLLBACK");
        }

        @Override
        void beginWrite(Connection connection) throws SQLException {
            // IMMEDIATE whatever the DataSource's transaction mode: a deferred transaction that reads first and then
            // writes fails at once with SQLITE_BUSY when another writer got in between, busy timeout or not.
            connection.setAutoCommit(true);
            execute(connection, "BEGIN IMMEDIATE");
        }

        @Override
        boolean oneWriterAtATime() {
            return true;
        }

        @Override
        void lockAccounts(Connection connection) {
            // The write transaction holds the database's only write lock: nothing else changes accounts meanwhile.
        }

        @Override
        void lockJournal(Connection connection, long userId) {
            // As lockAccounts: one writer at a time.
        }

        @Override
        void readCommitted(Connection connection) {
            // One writer at a time: a write transaction sees everything committed before it.
        }

        @Override
        String claimLocks(String claimed, String referenced) {
            // The write transaction is the database's only one: no other node can take the same rows meanwhile.
            return "";
        }

        @Override
        String historyTableDdl() {
            return """
                    CREATE TABLE IF NOT EXISTS limber_schema_history (
                        version     INTEGER PRIMARY KEY,
                        description TEXT NOT NULL,
                        checksum    TEXT NOT NULL,
                        applied_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    )""";
        }

        @Override
        String location(String url) {
            String path = withoutQuery(url);
            for (String prefix : new String[] {"jdbc:sqlite:", "file:"}) {
                if (path.startsWith(prefix)) {
                    path = path.substring(prefix.length());
                }
            }
            return path.isEmpty() || path.equals(":memory:") ? "in memory" : path;
        }
    },

    /** PostgreSQL, for installations that outgrow one machine. */
    POSTGRESQL("postgresql") {
        /** Key of the transaction-scoped advisory lock that serializes migrations: "LIMBER" in ASCII. */
        private static final long MIGRATION_LOCK = 0x4C494D424552L;

        @Override
        void beginExclusive(Connection connection) throws SQLException {
            // A transaction of its own (committing whatever the connection had open, as SQLite's does), in READ
            // COMMITTED whatever the database's default_transaction_isolation: every statement then sees what was
            // committed before it began, so once the lock is granted the history is read as the previous holder
            // left it. In REPEATABLE READ or SERIALIZABLE the snapshot would be the one the lock's own SELECT took
            // before waiting, and a second starter would apply the same migrations again and fail.
            connection.setAutoCommit(true);
            connection.setAutoCommit(false);
            execute(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            // Transaction-scoped: released by the commit or rollback, also if the connection breaks.
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, MIGRATION_LOCK);
                lock.execute();
            }
        }

        @Override
        void commit(Connection connection) throws SQLException {
            connection.commit();
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            connection.rollback();
        }

        @Override
        void beginWrite(Connection connection) throws SQLException {
            connection.setAutoCommit(true);
            connection.setAutoCommit(false);
        }

        @Override
        boolean oneWriterAtATime() {
            return false;
        }

        @Override
        void lockAccounts(Connection connection) throws SQLException {
            // READ COMMITTED whatever the database's default, so that the statements after the lock see what the
            // previous holder committed (see beginExclusive). LOCK TABLE takes no snapshot of its own. SHARE ROW
            // EXCLUSIVE conflicts with itself and with every INSERT, UPDATE and DELETE on users.
            execute(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            execute(connection, "LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE");
        }

        @Override
        void lockJournal(Connection connection, long userId) throws SQLException {
            // Every insert into a journal table checks its foreign key to the user with FOR KEY SHARE, which waits
            // for this FOR UPDATE: the user's journal gains nothing until this transaction ends.
            execute(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM users WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, userId);
                lock.executeQuery().close();
            }
        }

        @Override
        void readCommitted(Connection connection) throws SQLException {
            // Whatever the database's default: in REPEATABLE READ a row another node changed since the snapshot
            // would fail the claim instead of being re-read, and a conditional UPDATE waiting for another node's
            // counter would fail instead of counting on from it.
            execute(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
        }

        @Override
        String claimLocks(String claimed, String referenced) {
            // Rows another node holds are skipped, never waited for. The referenced rows get the lock the inserts'
            // foreign key checks would take anyway (KEY SHARE, which no ordinary UPDATE conflicts with), but up
            // front and skipping: a routine or account being deleted is passed over instead of deadlocking with
            // its delete's cascade into the claimed rows.
            return " FOR UPDATE OF " + claimed + " SKIP LOCKED"
                    + (referenced == null ? "" : " FOR KEY SHARE OF " + referenced + " SKIP LOCKED");
        }

        @Override
        String historyTableDdl() {
            return """
                    CREATE TABLE IF NOT EXISTS limber_schema_history (
                        version     INTEGER PRIMARY KEY,
                        description TEXT NOT NULL,
                        checksum    TEXT NOT NULL,
                        applied_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
                    )""";
        }

        @Override
        String location(String url) {
            // The query holds user and password, if any; host, port and database name stay.
            String location = withoutQuery(url);
            return location.startsWith("jdbc:") ? location.substring("jdbc:".length()) : location;
        }
    };

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    /** The dialect's name: in service properties, health details and script folders ({@code db/<id>/}). */
    public String id() {
        return id;
    }

    /** The dialect with this {@link #id()}. */
    static Dialect byId(String id) {
        for (Dialect dialect : values()) {
            if (dialect.id.equals(id)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("No dialect " + id);
    }

    /** The dialect of the database behind a connection. */
    public static Dialect of(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("sqlite")) {
            return SQLITE;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new MigrationException("Limber's storage supports SQLite and PostgreSQL, not " + product
                + " (the DataSource dataSourceName=limber, configured in etc/org.ops4j.datasource-limber.cfg)");
    }

    /**
     * Starts a transaction that no other Limber starting on the same database runs at the same time, and that sees
     * everything the previous one committed. Whatever the connection had open is committed first.
     */
    abstract void beginExclusive(Connection connection) throws SQLException;

    /** Starts a write transaction (the stores' writes): it waits while another writer of SQLite holds the lock. */
    abstract void beginWrite(Connection connection) throws SQLException;

    /** Whether the database lets only one write transaction run at a time. */
    abstract boolean oneWriterAtATime();

    /**
     * First thing in a {@link #beginWrite} transaction: until it ends no other transaction changes accounts, and
     * its statements see every account committed before.
     */
    abstract void lockAccounts(Connection connection) throws SQLException;

    /**
     * First thing in a {@link #beginWrite} transaction: until it ends nothing is added to the user's journal by
     * another transaction, and its statements see all of that journal committed before.
     */
    abstract void lockJournal(Connection connection, long userId) throws SQLException;

    /**
     * First thing in a {@link #beginWrite} transaction that claims rows: each of its statements sees what other
     * transactions committed before it began, and waits for and re-reads a row another transaction is changing.
     */
    abstract void readCommitted(Connection connection) throws SQLException;

    /**
     * The locking clause that ends a claim's SELECT in a {@link #beginWrite} transaction, so that several Limber
     * nodes never claim the same row: locks the rows of the table alias {@code claimed}, and key-shares those of the
     * aliases {@code referenced} (comma-separated, or null), skipping rows another transaction holds.
     */
    abstract String claimLocks(String claimed, String referenced);

    abstract void commit(Connection connection) throws SQLException;

    abstract void rollback(Connection connection) throws SQLException;

    /** Creates the migration history table if it is missing. */
    abstract String historyTableDdl();

    /** Where the database is, from its JDBC URL, without credentials or options. */
    abstract String location(String url);

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String withoutQuery(String url) {
        if (url == null) {
            return "";
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
