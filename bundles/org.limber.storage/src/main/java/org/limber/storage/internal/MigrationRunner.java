package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest schema this code knows, one migration at a time, in version order.
 * <p>
 * Each migration runs in a transaction of its own together with its row in {@code limber_schema_history}, so a
 * failing migration leaves neither tables nor history behind. Every transaction first takes the dialect's
 * exclusive lock and reads the history again, so Limbers starting at once on one database apply each migration
 * exactly once. The runner refuses to go on, with a message saying what to do, when the database is newer than
 * the code, when an applied migration's script has changed since (its SHA-256 differs), or when the history
 * holds a migration the code does not know.
 */
public final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final Dialect dialect;
    private final List<Migration> migrations;
    private final Map<Integer, SqlScript> scripts = new TreeMap<>();

    /**
     * @param migrations every migration the code knows, in ascending version order
     * @param source where their scripts are; every script must be there and follow {@link SqlScript}'s rules
     */
    public MigrationRunner(Dialect dialect, List<Migration> migrations, ScriptSource source) {
        this.dialect = dialect;
        this.migrations = List.copyOf(migrations);
        int previous = 0;
        for (Migration migration : this.migrations) {
            if (migration.version() <= previous) {
                throw new IllegalArgumentException("Migrations must be in ascending version order without repeats: "
                        + migration.version() + " comes after " + previous);
            }
            previous = migration.version();
            String name = migration.script(dialect);
            String text = source.read(name).orElseThrow(() -> new MigrationException(
                    "Migration " + migration.version() + " (" + migration.description() + ") has no script " + name));
            scripts.put(migration.version(), SqlScript.parse(name, text));
        }
    }

    /** The schema version the database has after {@link #migrate}, and the migrations this run applied. */
    public record Result(int schemaVersion, List<Migration> applied) {
        public Result {
            applied = List.copyOf(applied);
        }
    }

    /** The newest version the code knows, 0 without migrations. */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Applies every pending migration. A transaction the connection has open is committed first; its auto-commit
     * setting is restored afterwards.
     *
     * @throws MigrationException when the database cannot or must not be migrated; nothing of the failing
     *         migration is left behind
     */
    public Result migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        List<Migration> applied = new ArrayList<>();
        try {
            while (true) {
                dialect.beginExclusive(connection);
                Migration next;
                try {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(dialect.historyTableDdl());
                    }
                    Map<Integer, String> history = readHistory(connection);
                    next = nextPending(history);
                    if (next != null) {
                        apply(connection, next);
                    }
                    dialect.commit(connection);
                } catch (SQLException | RuntimeException e) {
                    rollback(connection, e);
                    throw e;
                }
                if (next == null) {
                    return new Result(latestVersion(), applied);
                }
                LOG.info("Applied schema migration {} ({})", next.version(), next.description());
                applied.add(next);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The applied migrations' checksums by version. */
    private static Map<Integer, String> readHistory(Connection connection) throws SQLException {
        Map<Integer, String> history = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM limber_schema_history")) {
            while (rows.next()) {
                history.put(rows.getInt(1), rows.getString(2));
            }
        }
        return history;
    }

    /** Checks the history against the code and returns the first migration still to apply, or null. */
    private Migration nextPending(Map<Integer, String> history) {
        int newestApplied = history.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newestApplied > latestVersion()) {
            throw new MigrationException("The database has schema version " + newestApplied
                    + ", newer than this Limber knows (schema version " + latestVersion() + "). "
                    + "Use a newer Limber (at least the version that last ran on this database), "
                    + "or restore a backup made with this version.");
        }
        for (Map.Entry<Integer, String> entry : history.entrySet()) {
            SqlScript script = scripts.get(entry.getKey());
            if (script == null) {
                throw new MigrationException("The database has schema migration " + entry.getKey()
                        + " applied, which this Limber does not know (it knows "
                        + migrations.stream().map(m -> String.valueOf(m.version())).toList()
                        + "). This database was changed by a different build of Limber: "
                        + "run that build, or restore a backup made with this version.");
            }
            if (!script.checksum().equals(entry.getValue())) {
                throw new MigrationException("Schema migration " + entry.getKey() + " was changed after it was "
                        + "applied to this database: the script " + script.name() + " has SHA-256 "
                        + script.checksum() + ", the database recorded " + entry.getValue() + ". A released "
                        + "migration must never change; restore its script and add a new migration instead.");
            }
        }
        for (Migration migration : migrations) {
            if (!history.containsKey(migration.version())) {
                if (migration.version() < newestApplied) {
                    throw new MigrationException("Schema migration " + migration.version() + " ("
                            + migration.description() + ") is missing from this database, although the later "
                            + "migration " + newestApplied + " is applied. Migrations apply in order only: give "
                            + "the new migration a version above " + newestApplied + ".");
                }
                return migration;
            }
        }
        return null;
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        SqlScript script = scripts.get(migration.version());
        List<String> statements = script.statements();
        for (int i = 0; i < statements.size(); i++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(statements.get(i));
            } catch (SQLException e) {
                throw new MigrationException("Schema migration " + migration.version() + " ("
                        + migration.description() + ") failed at statement " + (i + 1) + " of " + script.name()
                        + ": " + e.getMessage() + ". Nothing of it was applied.", e);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO limber_schema_history (version, description, checksum) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setString(3, script.checksum());
            insert.executeUpdate();
        }
    }

    private void rollback(Connection connection, Exception cause) {
        try {
            dialect.rollback(connection);
        } catch (SQLException e) {
            // SQLite may already have rolled back by itself (e.g. on a full disk): nothing is left to undo.
            cause.addSuppressed(e);
        }
    }
}
