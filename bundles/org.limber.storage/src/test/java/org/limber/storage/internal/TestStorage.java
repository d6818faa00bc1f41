package org.limber.storage.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.limber.account.api.Role;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Plan;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.Sides;

/** Real databases for the store tests, and journal records to write into them. */
final class TestStorage {
    static final Instant NOW = Instant.parse("2026-11-21T08:30:00.123Z");
    /** Every table the stores write. */
    static final List<String> TABLES = List.of("users", "sessions", "app_settings", "journal_sessions",
            "journal_session_exercises", "journal_check_ins", "journal_days", "journal_plans", "routines",
            "routine_sections", "routine_items", "personal_exercises", "personal_exercise_steps", "user_exclusions",
            "user_phase", "reminder_plans", "reminder_preferences", "channel_addresses", "channel_address_options",
            "reminder_deliveries", "delivery_attempts");

    private TestStorage() {
    }

    /** A new, empty database of the dialect, made as the distribution makes it. */
    static DataSource database(Dialect dialect, Path base, PostgresServer postgres) throws Exception {
        return switch (dialect) {
            case SQLITE -> ShippedConfiguration.dataSource(base);
            case POSTGRESQL -> postgres.newDatabase();
        };
    }

    /** Storage on a new, empty database of the dialect. */
    static SqlStorage start(Dialect dialect, Path base, PostgresServer postgres) throws Exception {
        return SqlStorage.start(database(dialect, base, postgres));
    }

    /** The number of rows of every table the stores write, by table. */
    static Map<String, Integer> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getInt(1));
                }
            }
        }
        return counts;
    }

    static long user(SqlStorage storage, String username) {
        return storage.users().insert(username, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", Role.USER, NOW)
                .orElseThrow().id();
    }

    /** A check-in with every field set. */
    static CheckInData fullCheckIn(Instant at, Long sessionId) {
        return new CheckInData(at, sessionId == null ? CheckInTiming.STANDALONE : CheckInTiming.AFTER_SESSION,
                sessionId, 4, 6, PainExtent.BELOW_KNEE, true, false, true, 30, 7, true,
                Set.of("saddle-numbness", "bladder-changes"), "Woke up stiff; better after walking");
    }

    /** A check-in with every optional field empty. */
    static CheckInData bareCheckIn(Instant at) {
        return new CheckInData(at, CheckInTiming.BEFORE_SESSION, null, 0, 10, PainExtent.NONE, false, false, false,
                null, null, false, Set.of(), null);
    }

    static SessionData session(Instant at) {
        return new SessionData(at, "morning-basics", "Morning basics", 12, List.of(
                new ExerciseDone("knee-to-chest", "Knee to chest", Outcome.DONE, 1, 3, 30, Sides.BOTH,
                        Response.EASED, "felt good"),
                new ExerciseDone("sciatic-nerve-glide", "Sciatic nerve glide", Outcome.STOPPED, null, 2, null,
                        Sides.LEFT, Response.SPREAD, null),
                new ExerciseDone("cat-cow", "Cat-cow", Outcome.SKIPPED, null, null, null, Sides.NOT_SIDED, null, null)),
                "short one");
    }

    static SessionData bareSession(Instant at) {
        return new SessionData(at, null, null, null, List.of(), null);
    }

    static Plan plan() {
        return new Plan(4, Set.of(DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY), ZoneId.of("Europe/Berlin"));
    }
}
