package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.PainExtent;

/** Check-ins in {@code journal_check_ins}: the SQL and the mapping, on a connection the caller manages. */
final class CheckInRows {
    private static final String COLUMNS = "id, at, timing, session_id, back_pain, leg_pain, leg_extent, numbness, "
            + "tingling, weakness, sitting_minutes, sleep_quality, flare, red_flags, notes, recorded_at, "
            + "red_flags_acknowledged_at";

    private CheckInRows() {
    }

    /**
     * Inserts a check-in. A session id that is not one of the user's sessions is stored as no link, as the link of
     * a session deleted later is.
     *
     * @return the check-in as stored
     */
    static CheckIn insert(Connection connection, long userId, CheckInData data, Instant recordedAt,
            Instant acknowledgedAt) throws SQLException {
        Long sessionId = data.sessionId() == null || !SessionRows.owns(connection, userId, data.sessionId())
                ? null : data.sessionId();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_check_ins (user_id, at, "
                + "timing, session_id, back_pain, leg_pain, leg_extent, numbness, tingling, weakness, sitting_minutes, "
                + "sleep_quality, flare, red_flags, notes, recorded_at, red_flags_acknowledged_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, userId);
            Columns.setInstant(insert, 2, data.at());
            Columns.setText(insert, 3, Enums.wire(data.timing()));
            Columns.setLong(insert, 4, sessionId);
            insert.setInt(5, data.backPain());
            insert.setInt(6, data.legPain());
            Columns.setText(insert, 7, Enums.wire(data.legExtent()));
            insert.setBoolean(8, data.numbness());
            insert.setBoolean(9, data.tingling());
            insert.setBoolean(10, data.weakness());
            Columns.setInteger(insert, 11, data.sittingMinutes());
            Columns.setInteger(insert, 12, data.sleepQuality());
            insert.setBoolean(13, data.flare());
            insert.setString(14, redFlags(data.redFlags()));
            Columns.setText(insert, 15, data.notes());
            Columns.setInstant(insert, 16, recordedAt);
            Columns.setInstant(insert, 17, acknowledgedAt);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                CheckInData stored = new CheckInData(Columns.stored(data.at()), data.timing(), sessionId,
                        data.backPain(), data.legPain(), data.legExtent(), data.numbness(), data.tingling(),
                        data.weakness(), data.sittingMinutes(), data.sleepQuality(), data.flare(), data.redFlags(),
                        data.notes());
                return new CheckIn(rows.getLong(1), stored, Columns.stored(recordedAt),
                        Columns.stored(acknowledgedAt));
            }
        }
    }

    /** The user's check-in with that id. */
    static PreparedStatement selectOne(Connection connection, long userId, long checkInId) throws SQLException {
        return Columns.bind(connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM journal_check_ins WHERE user_id = ? AND id = ?"), userId, checkInId);
    }

    /** The user's check-ins from (inclusive) to (exclusive), newest first. */
    static PreparedStatement selectRange(Connection connection, long userId, long from, long to, int limit)
            throws SQLException {
        return Columns.bind(connection.prepareStatement("SELECT " + COLUMNS + " FROM journal_check_ins "
                + "WHERE user_id = ? AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?"),
                userId, from, to, limit);
    }

    static List<CheckIn> read(PreparedStatement select) throws SQLException {
        List<CheckIn> checkIns = new ArrayList<>();
        try (select; ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                checkIns.add(checkIn(rows));
            }
        }
        return checkIns;
    }

    private static CheckIn checkIn(ResultSet rows) throws SQLException {
        long sessionId = rows.getLong("session_id");
        Long session = rows.wasNull() ? null : sessionId;
        CheckInData data = new CheckInData(Columns.instant(rows, "at"),
                Enums.parse(CheckInTiming.class, rows.getString("timing")), session, rows.getInt("back_pain"),
                rows.getInt("leg_pain"), Enums.parse(PainExtent.class, rows.getString("leg_extent")),
                rows.getBoolean("numbness"), rows.getBoolean("tingling"), rows.getBoolean("weakness"),
                Columns.integer(rows, "sitting_minutes"), Columns.integer(rows, "sleep_quality"),
                rows.getBoolean("flare"), redFlags(rows.getString("red_flags")), rows.getString("notes"));
        return new CheckIn(rows.getLong("id"), data, Columns.instant(rows, "recorded_at"),
                Columns.instant(rows, "red_flags_acknowledged_at"));
    }

    /** Red flag ids as stored: sorted, comma-separated, empty for none. */
    static String redFlags(Set<String> ids) {
        for (String id : ids) {
            if (id == null || id.isEmpty() || id.indexOf(',') >= 0) {
                throw new IllegalArgumentException("A red flag id is empty or holds a comma");
            }
        }
        return String.join(",", new TreeSet<>(ids));
    }

    static Set<String> redFlags(String stored) {
        return stored == null || stored.isEmpty() ? Set.of() : Set.of(stored.split(","));
    }
}
