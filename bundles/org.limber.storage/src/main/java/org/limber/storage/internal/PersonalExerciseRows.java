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
import java.util.Optional;

import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Position;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;

/**
 * Personal exercises in {@code personal_exercises}, their steps in {@code personal_exercise_steps}: the SQL and the
 * mapping, on a connection the caller manages. An exercise is read with its steps in one statement.
 */
final class PersonalExerciseRows {
    private static final String SELECT = "SELECT e.id, e.name, e.summary, e.category, e.positions, e.directions, "
            + "e.hold_seconds, e.reps, e.sets, e.per_side, e.rest_seconds, e.minutes, e.created_at, e.updated_at, "
            + "s.position, s.text FROM personal_exercises e "
            + "LEFT JOIN personal_exercise_steps s ON s.exercise_id = e.id WHERE e.user_id = ? ";
    private static final String ORDER = "ORDER BY e.id, s.position";

    private PersonalExerciseRows() {
    }

    /** The user's personal exercises, oldest first. */
    static PreparedStatement selectAll(Connection connection, long userId) throws SQLException {
        return Columns.bind(connection.prepareStatement(SELECT + ORDER), userId);
    }

    static PreparedStatement selectOne(Connection connection, long userId, long id) throws SQLException {
        return Columns.bind(connection.prepareStatement(SELECT + "AND e.id = ? " + ORDER), userId, id);
    }

    static PersonalExercise insert(Connection connection, long userId, PersonalExerciseData data, Instant at)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO personal_exercises (user_id, name, "
                + "summary, category, positions, directions, " + DoseColumns.NAMES + ", created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, userId);
            int next = bindData(insert, 2, data);
            Columns.setInstant(insert, next, at);
            Columns.setInstant(insert, next + 1, at);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        insertSteps(connection, id, data.steps());
        return new PersonalExercise(id, data, Columns.stored(at), Columns.stored(at));
    }

    /** Replaces the exercise; empty when the user has no such exercise. */
    static Optional<PersonalExercise> update(Connection connection, long userId, long id, PersonalExerciseData data,
            Instant at) throws SQLException {
        Instant createdAt;
        try (PreparedStatement update = connection.prepareStatement("UPDATE personal_exercises SET name = ?, "
                + "summary = ?, category = ?, positions = ?, directions = ?, hold_seconds = ?, reps = ?, sets = ?, "
                + "per_side = ?, rest_seconds = ?, minutes = ?, updated_at = ? WHERE user_id = ? AND id = ? "
                + "RETURNING created_at")) {
            int next = bindData(update, 1, data);
            Columns.setInstant(update, next, at);
            update.setLong(next + 1, userId);
            update.setLong(next + 2, id);
            try (ResultSet rows = update.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                createdAt = Columns.instant(rows, "created_at");
            }
        }
        try (PreparedStatement delete = Columns.bind(connection.prepareStatement(
                "DELETE FROM personal_exercise_steps WHERE exercise_id = ?"), id)) {
            delete.executeUpdate();
        }
        insertSteps(connection, id, data.steps());
        return Optional.of(new PersonalExercise(id, data, createdAt, Columns.stored(at)));
    }

    /** Binds name, summary, category, positions, directions and the dose from {@code index}; the next index. */
    private static int bindData(PreparedStatement statement, int index, PersonalExerciseData data)
            throws SQLException {
        statement.setString(index, data.name());
        Columns.setText(statement, index + 1, data.summary());
        Columns.setText(statement, index + 2, data.category() == null ? null : data.category().wireName());
        statement.setString(index + 3, IdList.join(data.positions(), Position::wireName));
        statement.setString(index + 4, IdList.join(data.directions(), Direction::wireName));
        return DoseColumns.bind(statement, index + 5, data.dose());
    }

    private static void insertSteps(Connection connection, long id, List<String> steps) throws SQLException {
        if (steps.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO personal_exercise_steps (exercise_id, position, text) VALUES (?, ?, ?)")) {
            for (int position = 0; position < steps.size(); position++) {
                insert.setLong(1, id);
                insert.setInt(2, position);
                insert.setString(3, steps.get(position));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Reads exercises with their steps from rows ordered by exercise, then step. */
    static List<PersonalExercise> read(PreparedStatement select) throws SQLException {
        Map<Long, Building> exercises = new LinkedHashMap<>();
        try (select; ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                Building exercise = exercises.get(id);
                if (exercise == null) {
                    exercise = new Building(id, rows);
                    exercises.put(id, exercise);
                }
                if (Columns.integer(rows, "position") != null) {
                    exercise.steps.add(rows.getString("text"));
                }
            }
        }
        return exercises.values().stream().map(Building::exercise).toList();
    }

    /** An exercise read so far. */
    private static final class Building {
        private final long id;
        private final String name;
        private final String summary;
        private final Category category;
        private final List<Position> positions;
        private final List<Direction> directions;
        private final ItemDose dose;
        private final Instant createdAt;
        private final Instant updatedAt;
        private final List<String> steps = new ArrayList<>();

        Building(long id, ResultSet rows) throws SQLException {
            this.id = id;
            name = rows.getString("name");
            summary = rows.getString("summary");
            String storedCategory = rows.getString("category");
            category = storedCategory == null ? null : Category.fromWire(storedCategory);
            positions = IdList.split(rows.getString("positions"), Position::fromWire);
            directions = IdList.split(rows.getString("directions"), Direction::fromWire);
            dose = DoseColumns.read(rows);
            createdAt = Columns.instant(rows, "created_at");
            updatedAt = Columns.instant(rows, "updated_at");
        }

        PersonalExercise exercise() {
            return new PersonalExercise(id, new PersonalExerciseData(name, summary, steps, category, positions,
                    directions, dose), createdAt, updatedAt);
        }
    }
}
