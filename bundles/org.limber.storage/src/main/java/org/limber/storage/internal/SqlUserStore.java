package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.limber.account.api.Account;
import org.limber.account.api.Role;
import org.limber.storage.api.StoredUser;
import org.limber.storage.api.UserStore;

/** Accounts in {@code users}; deleting one cascades to everything it owns (foreign keys ON DELETE CASCADE). */
final class SqlUserStore implements UserStore {
    private static final String COLUMNS = "id, username, password_hash, role, created_at, disabled";

    private final Database database;

    SqlUserStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Account> insert(String username, String passwordHash, Role role, Instant createdAt) {
        return database.write("add an account", connection -> inserted(connection,
                "INSERT INTO users (username, password_hash, role, created_at, disabled) VALUES (?, ?, ?, ?, FALSE) "
                        + "ON CONFLICT (username) DO NOTHING RETURNING id",
                username, passwordHash, role, createdAt));
    }

    @Override
    public Optional<Account> insertFirstAdministrator(String username, String passwordHash, Instant createdAt) {
        return database.write("add the first administrator", connection -> {
            database.dialect().lockAccounts(connection);
            // SQLite parses "SELECT ... ON CONFLICT" ambiguously unless the SELECT has a WHERE: it has one.
            return inserted(connection,
                    "INSERT INTO users (username, password_hash, role, created_at, disabled) "
                            + "SELECT ?, ?, ?, ?, FALSE WHERE NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin') "
                            + "ON CONFLICT (username) DO NOTHING RETURNING id",
                    username, passwordHash, Role.ADMIN, createdAt);
        });
    }

    private static Optional<Account> inserted(Connection connection, String sql, String username,
            String passwordHash, Role role, Instant createdAt) throws SQLException {
        try (PreparedStatement insert = Columns.bind(connection.prepareStatement(sql), username, passwordHash,
                roleName(role), createdAt);
             ResultSet rows = insert.executeQuery()) {
            return rows.next()
                    ? Optional.of(new Account(rows.getLong(1), username, role, Columns.stored(createdAt), false))
                    : Optional.empty();
        }
    }

    @Override
    public Optional<StoredUser> byUsername(String username) {
        return one("read an account", "SELECT " + COLUMNS + " FROM users WHERE username = ?", username);
    }

    @Override
    public Optional<StoredUser> byId(long userId) {
        return one("read an account", "SELECT " + COLUMNS + " FROM users WHERE id = ?", userId);
    }

    private Optional<StoredUser> one(String what, String sql, Object key) {
        return database.read(what, connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(sql), key);
                 ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new StoredUser(account(rows), rows.getString("password_hash")))
                        : Optional.empty();
            }
        });
    }

    @Override
    public List<Account> all() {
        return database.read("list accounts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM users ORDER BY username");
                 ResultSet rows = select.executeQuery()) {
                List<Account> accounts = new ArrayList<>();
                while (rows.next()) {
                    accounts.add(account(rows));
                }
                return accounts;
            }
        });
    }

    @Override
    public int countActiveAdministrators() {
        return database.read("count administrators", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM users WHERE role = 'admin' AND disabled = FALSE");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public boolean updatePasswordHash(long userId, String passwordHash) {
        return update("change a password", "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, userId);
    }

    @Override
    public boolean setDisabled(long userId, boolean disabled) {
        return update("disable or enable an account", "UPDATE users SET disabled = ? WHERE id = ?", disabled, userId);
    }

    @Override
    public boolean delete(long userId) {
        return update("delete an account", "DELETE FROM users WHERE id = ?", userId);
    }

    private boolean update(String what, String sql, Object... values) {
        return database.write(what, connection -> {
            try (PreparedStatement statement = Columns.bind(connection.prepareStatement(sql), values)) {
                return statement.executeUpdate() > 0;
            }
        });
    }

    private static Account account(ResultSet rows) throws SQLException {
        return new Account(rows.getLong("id"), rows.getString("username"),
                Role.valueOf(rows.getString("role").toUpperCase(Locale.ROOT)), Columns.instant(rows, "created_at"),
                rows.getBoolean("disabled"));
    }

    private static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
