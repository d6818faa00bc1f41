package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.limber.reminder.api.ChannelAddress;

/**
 * A user's channel addresses in {@code channel_addresses}, their options one row each in
 * {@code channel_address_options}: the SQL and the mapping, on a connection the caller manages.
 */
final class AddressRows {
    private AddressRows() {
    }

    /** The user's addresses with their options, by channel id. */
    static List<ChannelAddress> select(Connection connection, long userId) throws SQLException {
        Map<String, Building> addresses = new LinkedHashMap<>();
        try (PreparedStatement select = Columns.bind(connection.prepareStatement("SELECT a.channel_id, a.address, "
                + "o.name, o.value FROM channel_addresses a LEFT JOIN channel_address_options o "
                + "ON o.user_id = a.user_id AND o.channel_id = a.channel_id WHERE a.user_id = ? "
                + "ORDER BY a.channel_id, o.name"), userId);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Building address = addresses.computeIfAbsent(rows.getString(1), Building::new);
                address.address = rows.getString(2);
                String name = rows.getString(3);
                if (name != null) {
                    address.options.put(name, rows.getString(4));
                }
            }
        }
        List<ChannelAddress> result = new ArrayList<>();
        for (Building address : addresses.values()) {
            result.add(new ChannelAddress(address.channelId, address.address, address.options));
        }
        return result;
    }

    /** Sets the user's address on its channel, replacing the options. */
    static void put(Connection connection, long userId, ChannelAddress address) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO channel_addresses (user_id, "
                + "channel_id, address) VALUES (?, ?, ?) ON CONFLICT (user_id, channel_id) "
                + "DO UPDATE SET address = excluded.address")) {
            upsert.setLong(1, userId);
            upsert.setString(2, address.channelId());
            Columns.setText(upsert, 3, address.address());
            upsert.executeUpdate();
        }
        try (PreparedStatement delete = Columns.bind(connection.prepareStatement(
                "DELETE FROM channel_address_options WHERE user_id = ? AND channel_id = ?"), userId,
                address.channelId())) {
            delete.executeUpdate();
        }
        if (address.options().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO channel_address_options "
                + "(user_id, channel_id, name, value) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, String> option : address.options().entrySet()) {
                Columns.bind(insert, userId, address.channelId(), option.getKey(), option.getValue()).addBatch();
            }
            insert.executeBatch();
        }
    }

    /** An address read so far. */
    private static final class Building {
        private final String channelId;
        private final Map<String, String> options = new LinkedHashMap<>();
        private String address;

        Building(String channelId) {
            this.channelId = channelId;
        }
    }
}
