package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.limber.storage.api.BrowserSessionStore;
import org.limber.storage.api.JournalStore;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.RoutineStore;
import org.limber.storage.api.SettingsStore;
import org.limber.storage.api.StorageException;
import org.limber.storage.api.StorageStatus;
import org.limber.storage.api.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limber's storage on a DataSource, without OSGi: {@link #start} brings the schema up to date and returns the
 * stores. {@link StorageComponent} registers them as services; other bundles' tests use this class directly on a
 * real SQLite file.
 */
public final class SqlStorage {
    private static final Logger LOG = LoggerFactory.getLogger(SqlStorage.class);

    private final StorageStatus status;
    private final UserStore users;
    private final BrowserSessionStore sessions;
    private final SettingsStore settings;
    private final JournalStore journal;
    private final RoutineStore routines;
    private final ReminderStore reminders;

    private SqlStorage(StorageStatus status, Database database) {
        this.status = status;
        this.users = new SqlUserStore(database);
        this.sessions = new SqlBrowserSessionStore(database);
        this.settings = new SqlSettingsStore(database);
        this.journal = new SqlJournalStore(database);
        this.routines = new SqlRoutineStore(database);
        this.reminders = new SqlReminderStore(database);
    }

    /**
     * Migrates the database behind the DataSource to the newest schema and returns its stores.
     *
     * @throws MigrationException when the database cannot or must not be migrated (the message says what to do)
     * @throws StorageException when the database cannot be opened or read
     */
    public static SqlStorage start(DataSource dataSource) {
        StorageStatus status;
        try {
            status = SchemaStarter.start(dataSource, Migrations.ALL,
                    ScriptSource.classLoader(SqlStorage.class.getClassLoader()));
        } catch (SQLException e) {
            SQLException sanitized = SqlFailures.sanitized(e);
            throw new StorageException("The database cannot be opened or read: " + sanitized.getMessage(), sanitized);
        }
        Dialect dialect = Dialect.byId(status.dialect());
        if (dialect == Dialect.SQLITE) {
            checkSqliteSettings(dataSource);
        }
        return new SqlStorage(status, new Database(dataSource, dialect));
    }

    /**
     * Deleting an account relies on SQLite enforcing foreign keys, which it does only when each connection asks
     * for it: refuse to run without, rather than leave a deleted user's journal behind.
     */
    private static void checkSqliteSettings(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (pragma(statement, "foreign_keys") != 1) {
                throw new MigrationException("SQLite connections must enforce foreign keys: add foreign_keys=true to "
                        + "the url in etc/org.ops4j.datasource-limber.cfg");
            }
            if (pragma(statement, "busy_timeout") == 0) {
                LOG.warn("SQLite connections have no busy timeout: concurrent writes will fail at once instead of "
                        + "waiting. Set busy_timeout in etc/org.ops4j.datasource-limber.cfg as shipped.");
            }
        } catch (SQLException e) {
            SQLException sanitized = SqlFailures.sanitized(e);
            throw new StorageException("The database cannot be opened or read: " + sanitized.getMessage(), sanitized);
        }
    }

    private static int pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    public StorageStatus status() {
        return status;
    }

    public UserStore users() {
        return users;
    }

    public BrowserSessionStore sessions() {
        return sessions;
    }

    public SettingsStore settings() {
        return settings;
    }

    public JournalStore journal() {
        return journal;
    }

    public RoutineStore routines() {
        return routines;
    }

    public ReminderStore reminders() {
        return reminders;
    }
}
