package org.limber.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.limber.catalog.api.model.Phase;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.storage.api.RoutineStore;

/**
 * Routines, personal exercises, exclusions and phase in the tables of schema 3. Every statement is scoped by
 * {@code user_id}: another user's id finds and changes nothing, exactly like an id that does not exist. Deleting a
 * routine deletes its sections, items, reminder plan and deliveries (foreign keys ON DELETE CASCADE).
 */
final class SqlRoutineStore implements RoutineStore {
    private final Database database;

    SqlRoutineStore(Database database) {
        this.database = database;
    }

    @Override
    public List<Routine> routines(long userId) {
        return database.read("list routines", connection -> RoutineRows.read(
                RoutineRows.selectAll(connection, userId)));
    }

    @Override
    public Optional<Routine> routine(long userId, long routineId) {
        return database.read("read a routine", connection -> RoutineRows.read(
                RoutineRows.selectOne(connection, userId, routineId)).stream().findFirst());
    }

    @Override
    public Routine insertRoutine(long userId, RoutineData data, String templateId, Instant at) {
        return database.write("add a routine", connection -> RoutineRows.insert(connection, userId, data, templateId,
                at));
    }

    @Override
    public Optional<Routine> updateRoutine(long userId, long routineId, RoutineData data, Instant at) {
        return database.write("change a routine", connection -> RoutineRows.update(connection, userId, routineId,
                data, at));
    }

    @Override
    public boolean deleteRoutine(long userId, long routineId) {
        return update("delete a routine", "DELETE FROM routines WHERE user_id = ? AND id = ?", userId, routineId);
    }

    @Override
    public List<PersonalExercise> personalExercises(long userId) {
        return database.read("list personal exercises", connection -> PersonalExerciseRows.read(
                PersonalExerciseRows.selectAll(connection, userId)));
    }

    @Override
    public Optional<PersonalExercise> personalExercise(long userId, long id) {
        return database.read("read a personal exercise", connection -> PersonalExerciseRows.read(
                PersonalExerciseRows.selectOne(connection, userId, id)).stream().findFirst());
    }

    @Override
    public PersonalExercise insertPersonalExercise(long userId, PersonalExerciseData data, Instant at) {
        return database.write("add a personal exercise", connection -> PersonalExerciseRows.insert(connection,
                userId, data, at));
    }

    @Override
    public Optional<PersonalExercise> updatePersonalExercise(long userId, long id, PersonalExerciseData data,
            Instant at) {
        return database.write("change a personal exercise", connection -> PersonalExerciseRows.update(connection,
                userId, id, data, at));
    }

    @Override
    public boolean deletePersonalExercise(long userId, long id) {
        return update("delete a personal exercise", "DELETE FROM personal_exercises WHERE user_id = ? AND id = ?",
                userId, id);
    }

    @Override
    public Set<Exclusion> exclusions(long userId) {
        return database.read("read exclusions", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                    "SELECT exclusion FROM user_exclusions WHERE user_id = ?"), userId);
                 ResultSet rows = select.executeQuery()) {
                Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
                while (rows.next()) {
                    exclusions.add(Exclusion.fromWire(rows.getString(1)));
                }
                return exclusions;
            }
        });
    }

    @Override
    public void putExclusions(long userId, Set<Exclusion> exclusions) {
        database.write("save exclusions", connection -> {
            try (PreparedStatement delete = Columns.bind(connection.prepareStatement(
                    "DELETE FROM user_exclusions WHERE user_id = ?"), userId)) {
                delete.executeUpdate();
            }
            if (exclusions.isEmpty()) {
                return null;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO user_exclusions (user_id, exclusion) VALUES (?, ?)")) {
                for (Exclusion exclusion : exclusions) {
                    Columns.bind(insert, userId, exclusion.wireName()).addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Phase> phase(long userId) {
        return database.read("read the phase", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                    "SELECT phase FROM user_phase WHERE user_id = ?"), userId);
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(Phase.fromWire(rows.getString(1))) : Optional.empty();
            }
        });
    }

    @Override
    public void putPhase(long userId, Phase phase) {
        update("save the phase", "INSERT INTO user_phase (user_id, phase) VALUES (?, ?) "
                + "ON CONFLICT (user_id) DO UPDATE SET phase = excluded.phase", userId, phase.wireName());
    }

    private boolean update(String what, String sql, Object... values) {
        return database.write(what, connection -> {
            try (PreparedStatement statement = Columns.bind(connection.prepareStatement(sql), values)) {
                return statement.executeUpdate() > 0;
            }
        });
    }
}
