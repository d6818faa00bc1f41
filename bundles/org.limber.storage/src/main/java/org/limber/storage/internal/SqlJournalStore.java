package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.storage.api.JournalStore;

/**
 * The journal in the {@code journal_*} tables of schema 2. Every statement is scoped by {@code user_id}, so another
 * user's record id finds nothing, exactly like an id that does not exist.
 * <p>
 * {@link #importAll} into a journal that is not empty throws {@link IllegalStateException} and changes nothing.
 */
final class SqlJournalStore implements JournalStore {
    private static final String EARLIEST_DAY = "0000-01-01";
    private static final String LATEST_DAY = "9999-12-31";

    private final Database database;

    SqlJournalStore(Database database) {
        this.database = database;
    }

    @Override
    public CheckIn addCheckIn(long userId, CheckInData data, Instant recordedAt) {
        return database.write("add a check-in",
                connection -> CheckInRows.insert(connection, userId, data, recordedAt, null));
    }

    @Override
    public Optional<CheckIn> checkIn(long userId, long checkInId) {
        return database.read("read a check-in", connection -> CheckInRows.read(
                CheckInRows.selectOne(connection, userId, checkInId)).stream().findFirst());
    }

    @Override
    public List<CheckIn> checkIns(long userId, Instant from, Instant to, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.read("list check-ins", connection -> CheckInRows.read(
                CheckInRows.selectRange(connection, userId, millis(from, Long.MIN_VALUE), millis(to, Long.MAX_VALUE),
                        limit)));
    }

    @Override
    public boolean deleteCheckIn(long userId, long checkInId) {
        return update("delete a check-in", "DELETE FROM journal_check_ins WHERE user_id = ? AND id = ?",
                userId, checkInId) > 0;
    }

    @Override
    public boolean acknowledgeRedFlags(long userId, long checkInId, Instant at) {
        return update("acknowledge red flags", "UPDATE journal_check_ins "
                + "SET red_flags_acknowledged_at = COALESCE(red_flags_acknowledged_at, ?) WHERE user_id = ? AND id = ?",
                at, userId, checkInId) > 0;
    }

    @Override
    public SessionEntry addSession(long userId, SessionData data, Instant recordedAt) {
        return database.write("add a session", connection -> SessionRows.insert(connection, userId, data, recordedAt));
    }

    @Override
    public Optional<SessionEntry> session(long userId, long sessionId) {
        return database.read("read a session", connection -> SessionRows.read(
                SessionRows.selectOne(connection, userId, sessionId)).stream().findFirst());
    }

    @Override
    public List<SessionEntry> sessions(long userId, Instant from, Instant to, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.read("list sessions", connection -> SessionRows.read(
                SessionRows.selectRange(connection, userId, millis(from, Long.MIN_VALUE), millis(to, Long.MAX_VALUE),
                        limit)));
    }

    @Override
    public boolean deleteSession(long userId, long sessionId) {
        return database.write("delete a session", connection -> {
            // The foreign key clears the check-ins' links (ON DELETE SET NULL) and removes the exercises.
            try (PreparedStatement delete = Columns.bind(connection.prepareStatement(
                    "DELETE FROM journal_sessions WHERE user_id = ? AND id = ?"), userId, sessionId)) {
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void putDayMark(long userId, DayMark mark) {
        database.write("mark a day", connection -> putDayMark(connection, userId, mark));
    }

    private static int putDayMark(Connection connection, long userId, DayMark mark) throws SQLException {
        try (PreparedStatement upsert = Columns.bind(connection.prepareStatement(
                "INSERT INTO journal_days (user_id, day, kind) VALUES (?, ?, ?) "
                        + "ON CONFLICT (user_id, day) DO UPDATE SET kind = excluded.kind"),
                userId, mark.day().toString(), Enums.wire(mark.kind()))) {
            return upsert.executeUpdate();
        }
    }

    @Override
    public boolean deleteDayMark(long userId, LocalDate day) {
        return update("unmark a day", "DELETE FROM journal_days WHERE user_id = ? AND day = ?",
                userId, day.toString()) > 0;
    }

    @Override
    public List<DayMark> dayMarks(long userId, LocalDate from, LocalDate to) {
        return database.read("list marked days", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                    "SELECT day, kind FROM journal_days WHERE user_id = ? AND day >= ? AND day <= ? ORDER BY day"),
                    userId, from == null ? EARLIEST_DAY : from.toString(), to == null ? LATEST_DAY : to.toString());
                 ResultSet rows = select.executeQuery()) {
                List<DayMark> marks = new ArrayList<>();
                while (rows.next()) {
                    marks.add(new DayMark(LocalDate.parse(rows.getString(1)),
                            Enums.parse(DayKind.class, rows.getString(2))));
                }
                return marks;
            }
        });
    }

    @Override
    public Optional<Plan> plan(long userId) {
        return database.read("read the plan", connection -> {
            try (PreparedStatement select = Columns.bind(connection.prepareStatement(
                    "SELECT sessions_per_week, rest_days, zone FROM journal_plans WHERE user_id = ?"), userId);
                 ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Plan(rows.getInt(1), restDays(rows.getString(2)), ZoneId.of(rows.getString(3))))
                        : Optional.empty();
            }
        });
    }

    @Override
    public void putPlan(long userId, Plan plan) {
        database.write("save the plan", connection -> putPlan(connection, userId, plan));
    }

    private static int putPlan(Connection connection, long userId, Plan plan) throws SQLException {
        try (PreparedStatement upsert = Columns.bind(connection.prepareStatement(
                "INSERT INTO journal_plans (user_id, sessions_per_week, rest_days, zone) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (user_id) DO UPDATE SET sessions_per_week = excluded.sessions_per_week, "
                        + "rest_days = excluded.rest_days, zone = excluded.zone"),
                userId, plan.sessionsPerWeek(), restDays(plan.restDays()), plan.zone().getId())) {
            return upsert.executeUpdate();
        }
    }

    @Override
    public boolean isEmpty(long userId) {
        return database.read("read the journal", connection -> isEmpty(connection, userId));
    }

    private static boolean isEmpty(Connection connection, long userId) throws SQLException {
        try (PreparedStatement select = Columns.bind(connection.prepareStatement("SELECT CASE WHEN "
                + "EXISTS (SELECT 1 FROM journal_check_ins WHERE user_id = ?) "
                + "OR EXISTS (SELECT 1 FROM journal_sessions WHERE user_id = ?) "
                + "OR EXISTS (SELECT 1 FROM journal_days WHERE user_id = ?) "
                + "OR EXISTS (SELECT 1 FROM journal_plans WHERE user_id = ?) THEN 0 ELSE 1 END"),
                userId, userId, userId, userId);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when the journal is not empty (nothing is changed)
     */
    @Override
    public JournalExport importAll(long userId, JournalExport data) {
        return database.write("import a journal", connection -> {
            database.dialect().lockJournal(connection, userId);
            if (!isEmpty(connection, userId)) {
                throw new IllegalStateException("The journal is not empty: an import goes into an empty journal only");
            }
            Map<Long, Long> newSessionIds = new HashMap<>();
            List<SessionEntry> sessions = new ArrayList<>();
            for (SessionEntry session : data.sessions()) {
                SessionEntry stored = SessionRows.insert(connection, userId, session.data(), session.recordedAt());
                newSessionIds.put(session.id(), stored.id());
                sessions.add(stored);
            }
            List<CheckIn> checkIns = new ArrayList<>();
            for (CheckIn checkIn : data.checkIns()) {
                CheckInData linked = relinked(checkIn.data(), newSessionIds);
                checkIns.add(CheckInRows.insert(connection, userId, linked, checkIn.recordedAt(),
                        checkIn.redFlagsAcknowledgedAt()));
            }
            for (DayMark mark : data.days()) {
                putDayMark(connection, userId, mark);
            }
            if (data.plan() != null) {
                putPlan(connection, userId, data.plan());
            }
            return new JournalExport(data.formatVersion(), data.exportedAt(), data.plan(), checkIns, sessions,
                    data.days());
        });
    }

    /** The check-in linked to the new id of its session; no link if the export does not hold that session. */
    private static CheckInData relinked(CheckInData data, Map<Long, Long> newSessionIds) {
        Long sessionId = data.sessionId() == null ? null : newSessionIds.get(data.sessionId());
        return new CheckInData(data.at(), data.timing(), sessionId, data.backPain(), data.legPain(), data.legExtent(),
                data.numbness(), data.tingling(), data.weakness(), data.sittingMinutes(), data.sleepQuality(),
                data.flare(), data.redFlags(), data.notes());
    }

    private int update(String what, String sql, Object... values) {
        return database.write(what, connection -> {
            try (PreparedStatement statement = Columns.bind(connection.prepareStatement(sql), values)) {
                return statement.executeUpdate();
            }
        });
    }

    /** An instant's milliseconds, the bound when there is none or it lies beyond what milliseconds hold. */
    private static long millis(Instant instant, long bound) {
        if (instant == null) {
            return bound;
        }
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException beyond) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Rest days as stored: lower-case names in week order, comma-separated. */
    static String restDays(Set<DayOfWeek> days) {
        return days.stream().sorted().map(day -> day.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> restDays(String stored) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (stored != null && !stored.isEmpty()) {
            for (String name : stored.split(",")) {
                days.add(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)));
            }
        }
        return days;
    }
}
