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
import java.util.TreeSet;

import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.SectionKind;

/**
 * Routines in {@code routines}, their sections in {@code routine_sections} and items in {@code routine_items}: the
 * SQL and the mapping, on a connection the caller manages. A routine is read with its sections and items in one
 * statement, so it is never seen half written.
 */
final class RoutineRows {
    private static final String SELECT = "SELECT r.id, r.name, r.notes, r.days, r.kept_despite_stop, r.template_id, "
            + "r.created_at, r.updated_at, s.section_index, s.kind, s.title, i.position, i.exercise_id, "
            + "i.hold_seconds, i.reps, i.sets, i.per_side, i.rest_seconds, i.minutes, i.note "
            + "FROM routines r LEFT JOIN routine_sections s ON s.routine_id = r.id "
            + "LEFT JOIN routine_items i ON i.routine_id = s.routine_id AND i.section_index = s.section_index "
            + "WHERE r.user_id = ? ";
    private static final String ORDER = "ORDER BY r.id, s.section_index, i.position";

    private RoutineRows() {
    }

    /** The user's routines, oldest first. */
    static PreparedStatement selectAll(Connection connection, long userId) throws SQLException {
        return Columns.bind(connection.prepareStatement(SELECT + ORDER), userId);
    }

    static PreparedStatement selectOne(Connection connection, long userId, long routineId) throws SQLException {
        return Columns.bind(connection.prepareStatement(SELECT + "AND r.id = ? " + ORDER), userId, routineId);
    }

    static Routine insert(Connection connection, long userId, RoutineData data, String templateId, Instant at)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO routines (user_id, name, notes, "
                + "days, kept_despite_stop, template_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING id")) {
            insert.setLong(1, userId);
            insert.setString(2, data.name());
            Columns.setText(insert, 3, data.notes());
            insert.setInt(4, DayMask.of(data.days()));
            insert.setString(5, kept(data));
            Columns.setText(insert, 6, templateId);
            Columns.setInstant(insert, 7, at);
            Columns.setInstant(insert, 8, at);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        insertSections(connection, id, data.sections());
        return routine(id, data, templateId, Columns.stored(at), Columns.stored(at));
    }

    /** Replaces the routine's settings, sections and items; empty when the user has no such routine. */
    static Optional<Routine> update(Connection connection, long userId, long routineId, RoutineData data, Instant at)
            throws SQLException {
        String templateId;
        Instant createdAt;
        try (PreparedStatement update = connection.prepareStatement("UPDATE routines SET name = ?, notes = ?, "
                + "days = ?, kept_despite_stop = ?, updated_at = ? WHERE user_id = ? AND id = ? "
                + "RETURNING template_id, created_at")) {
            update.setString(1, data.name());
            Columns.setText(update, 2, data.notes());
            update.setInt(3, DayMask.of(data.days()));
            update.setString(4, kept(data));
            Columns.setInstant(update, 5, at);
            update.setLong(6, userId);
            update.setLong(7, routineId);
            try (ResultSet rows = update.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                templateId = rows.getString("template_id");
                createdAt = Columns.instant(rows, "created_at");
            }
        }
        // The items go with their sections (ON DELETE CASCADE).
        try (PreparedStatement delete = Columns.bind(connection.prepareStatement(
                "DELETE FROM routine_sections WHERE routine_id = ?"), routineId)) {
            delete.executeUpdate();
        }
        insertSections(connection, routineId, data.sections());
        return Optional.of(routine(routineId, data, templateId, createdAt, Columns.stored(at)));
    }

    private static void insertSections(Connection connection, long routineId, List<RoutineSection> sections)
            throws SQLException {
        if (sections.isEmpty()) {
            return;
        }
        try (PreparedStatement section = connection.prepareStatement("INSERT INTO routine_sections (routine_id, "
                + "section_index, kind, title) VALUES (?, ?, ?, ?)");
             PreparedStatement item = connection.prepareStatement("INSERT INTO routine_items (routine_id, "
                     + "section_index, position, exercise_id, " + DoseColumns.NAMES + ", note) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean anyItem = false;
            for (int index = 0; index < sections.size(); index++) {
                RoutineSection current = sections.get(index);
                section.setLong(1, routineId);
                section.setInt(2, index);
                section.setString(3, current.kind().wireName());
                Columns.setText(section, 4, current.title());
                section.addBatch();
                for (int position = 0; position < current.items().size(); position++) {
                    RoutineItem routineItem = current.items().get(position);
                    item.setLong(1, routineId);
                    item.setInt(2, index);
                    item.setInt(3, position);
                    item.setString(4, routineItem.exerciseId());
                    int next = DoseColumns.bind(item, 5, routineItem.dose());
                    Columns.setText(item, next, routineItem.note());
                    item.addBatch();
                    anyItem = true;
                }
            }
            section.executeBatch();
            if (anyItem) {
                item.executeBatch();
            }
        }
    }

    /** Reads routines with their sections and items from rows ordered by routine, section, position. */
    static List<Routine> read(PreparedStatement select) throws SQLException {
        Map<Long, Building> routines = new LinkedHashMap<>();
        try (select; ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                Building routine = routines.get(id);
                if (routine == null) {
                    routine = new Building(id, rows);
                    routines.put(id, routine);
                }
                routine.add(rows);
            }
        }
        return routines.values().stream().map(Building::routine).toList();
    }

    private static Routine routine(long id, RoutineData data, String templateId, Instant createdAt,
            Instant updatedAt) {
        return new Routine(id, data.name(), data.notes(), data.days(), data.sections(), data.keptDespiteStop(),
                templateId, createdAt, updatedAt);
    }

    /** Kept exercise ids as stored: sorted, so that the same set is always the same text. */
    private static String kept(RoutineData data) {
        return IdList.join(new TreeSet<>(data.keptDespiteStop()));
    }

    /** A routine read so far. */
    private static final class Building {
        private final long id;
        private final String name;
        private final String notes;
        private final int days;
        private final String kept;
        private final String templateId;
        private final Instant createdAt;
        private final Instant updatedAt;
        private final Map<Integer, SectionBuilding> sections = new LinkedHashMap<>();

        Building(long id, ResultSet rows) throws SQLException {
            this.id = id;
            name = rows.getString("name");
            notes = rows.getString("notes");
            days = rows.getInt("days");
            kept = rows.getString("kept_despite_stop");
            templateId = rows.getString("template_id");
            createdAt = Columns.instant(rows, "created_at");
            updatedAt = Columns.instant(rows, "updated_at");
        }

        void add(ResultSet rows) throws SQLException {
            Integer index = Columns.integer(rows, "section_index");
            if (index == null) {
                return;
            }
            SectionBuilding section = sections.get(index);
            if (section == null) {
                section = new SectionBuilding(SectionKind.fromWire(rows.getString("kind")), rows.getString("title"));
                sections.put(index, section);
            }
            if (Columns.integer(rows, "position") != null) {
                section.items.add(new RoutineItem(rows.getString("exercise_id"), DoseColumns.read(rows),
                        rows.getString("note")));
            }
        }

        Routine routine() {
            List<RoutineSection> built = sections.values().stream()
                    .map(section -> new RoutineSection(section.kind, section.title, section.items)).toList();
            return new Routine(id, name, notes, DayMask.days(days), built, new TreeSet<>(IdList.split(kept)),
                    templateId, createdAt, updatedAt);
        }
    }

    private record SectionBuilding(SectionKind kind, String title, List<RoutineItem> items) {
        SectionBuilding(SectionKind kind, String title) {
            this(kind, title, new ArrayList<>());
        }
    }
}
