package org.limber.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.limber.storage.api.SettingsStore;

/** Instance-wide settings in {@code app_settings}. */
final class SqlSettingsStore implements SettingsStore {
    private final Database database;

    SqlSettingsStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<String> get(String key) {
        return database.read("read a setting", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                    "SELECT value FROM app_settings WHERE key = ?"), key);
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public void put(String key, String value) {
        database.write("save a setting", connection -> {
            try (PreparedStatement upsert = Columns.bind(connection.prepareStatement(
                    "INSERT INTO app_settings (key, value) VALUES (?, ?) "
                            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), key, value)) {
                return upsert.executeUpdate();
            }
        });
    }
}
