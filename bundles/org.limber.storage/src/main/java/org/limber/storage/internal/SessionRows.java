package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Sides;

/**
 * Journal sessions in {@code journal_sessions}, their exercises in {@code journal_session_exercises} by position:
 * the SQL and the mapping, on a connection the caller manages. A session is read with its exercises in one
 * statement, so it is never seen half written.
 */
final class SessionRows {
    private static final String SELECT = "SELECT s.id, s.at, s.routine_id, s.routine_name, s.duration_minutes, "
            + "s.notes AS session_notes, s.recorded_at, e.position, e.exercise_id, e.name, e.outcome, e.sets, e.reps, "
            + "e.hold_seconds, e.sides, e.response, e.notes AS exercise_notes ";

    private SessionRows() {
    }

    /** @return the session as stored */
    static SessionEntry insert(Connection connection, long userId, SessionData data, Instant recordedAt)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_sessions (user_id, at, "
                + "routine_id, routine_name, duration_minutes, notes, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING id")) {
            insert.setLong(1, userId);
            Columns.setInstant(insert, 2, data.at());
            Columns.setText(insert, 3, data.routineId());
            Columns.setText(insert, 4, data.routineName());
            Columns.setInteger(insert, 5, data.durationMinutes());
            Columns.setText(insert, 6, data.notes());
            Columns.setInstant(insert, 7, recordedAt);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        if (!data.exercises().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_session_exercises "
                    + "(session_id, position, user_id, exercise_id, name, outcome, sets, reps, hold_seconds, sides, "
                    + "response, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int position = 0; position < data.exercises().size(); position++) {
                    ExerciseDone exercise = data.exercises().get(position);
                    insert.setLong(1, id);
                    insert.setInt(2, position);
                    insert.setLong(3, userId);
                    Columns.setText(insert, 4, exercise.exerciseId());
                    Columns.setText(insert, 5, exercise.name());
                    Columns.setText(insert, 6, Enums.wire(exercise.outcome()));
                    Columns.setInteger(insert, 7, exercise.sets());
                    Columns.setInteger(insert, 8, exercise.reps());
                    Columns.setInteger(insert, 9, exercise.holdSeconds());
                    Columns.setText(insert, 10, Enums.wire(exercise.sides()));
                    Columns.setText(insert, 11, Enums.wire(exercise.response()));
                    Columns.setText(insert, 12, exercise.notes());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        SessionData stored = new SessionData(Columns.stored(data.at()), data.routineId(), data.routineName(),
                data.durationMinutes(), data.exercises(), data.notes());
        return new SessionEntry(id, stored, Columns.stored(recordedAt));
    }

    /** Whether the user has a session with that id. */
    static boolean owns(Connection connection, long userId, long sessionId) throws SQLException {
        try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                "SELECT 1 FROM journal_sessions WHERE user_id = ? AND id = ?"), userId, sessionId);
             ResultSet rows = select.executeQuery()) {
            return rows.next();
        }
    }

    /** The user's session with that id. */
    static PreparedStatement selectOne(Connection connection, long userId, long sessionId) throws SQLException {
        return Columns.bind(connection.prepareStatement(SELECT + "FROM journal_sessions s "
                + "LEFT JOIN journal_session_exercises e ON e.session_id = s.id "
                + "WHERE s.user_id = ? AND s.id = ? ORDER BY e.position"), userId, sessionId);
    }

    /** The user's sessions from (inclusive) to (exclusive), newest first. */
    static PreparedStatement selectRange(Connection connection, long userId, long from, long to, int limit)
            throws SQLException {
        return Columns.bind(connection.prepareStatement("WITH s AS (SELECT * FROM journal_sessions "
                + "WHERE user_id = ? AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?) " + SELECT
                + "FROM s LEFT JOIN journal_session_exercises e ON e.session_id = s.id "
                + "ORDER BY s.at DESC, s.id DESC, e.position"), userId, from, to, limit);
    }

    /** Reads sessions with their exercises from rows ordered by session, then position. */
    static List<SessionEntry> read(PreparedStatement select) throws SQLException {
        Map<Long, Building> sessions = new LinkedHashMap<>();
        try (select; ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                Building session = sessions.get(id);
                if (session == null) {
                    session = new Building(id, rows);
                    sessions.put(id, session);
                }
                rows.getInt("position");
                if (!rows.wasNull()) {
                    session.exercises.add(exercise(rows));
                }
            }
        }
        return sessions.values().stream().map(Building::entry).toList();
    }

    private static ExerciseDone exercise(ResultSet rows) throws SQLException {
        return new ExerciseDone(rows.getString("exercise_id"), rows.getString("name"),
                Enums.parse(Outcome.class, rows.getString("outcome")), Columns.integer(rows, "sets"),
                Columns.integer(rows, "reps"), Columns.integer(rows, "hold_seconds"),
                Enums.parse(Sides.class, rows.getString("sides")),
                Enums.parse(Response.class, rows.getString("response")), rows.getString("exercise_notes"));
    }

    /** A session read so far. */
    private static final class Building {
        private final long id;
        private final Instant at;
        private final String routineId;
        private final String routineName;
        private final Integer durationMinutes;
        private final String notes;
        private final Instant recordedAt;
        private final List<ExerciseDone> exercises = new ArrayList<>();

        Building(long id, ResultSet rows) throws SQLException {
            this.id = id;
            at = Columns.instant(rows, "at");
            routineId = rows.getString("routine_id");
            routineName = rows.getString("routine_name");
            durationMinutes = Columns.integer(rows, "duration_minutes");
            notes = rows.getString("session_notes");
            recordedAt = Columns.instant(rows, "recorded_at");
        }

        SessionEntry entry() {
            return new SessionEntry(id, new SessionData(at, routineId, routineName, durationMinutes, exercises, notes),
                    recordedAt);
        }
    }
}
