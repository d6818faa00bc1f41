package org.limber.journal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.JournalException;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;

/**
 * Checks journal input and names the first field at fault as a JSON path ({@code exercises[2].reps}), with a prefix
 * for nested records ({@code checkIns[3].legPain} in an import). Values arrive with their defaults applied.
 */
final class JournalValidator {
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
    /** A clock a little fast, or a time zone ahead, must not make a fresh entry invalid. */
    static final Duration FUTURE_SLACK = Duration.ofDays(1);
    /** Rest days may be planned ahead. */
    static final int DAYS_AHEAD = 366;
    static final int MAX_PAIN = 10;
    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_NOTES = 2000;
    static final int MAX_EXERCISE_NOTES = 500;
    static final int MAX_EXERCISES = 100;
    static final int MAX_NAME = 200;
    static final int MAX_SETS = 50;
    static final int MAX_REPS = 500;
    static final int MAX_HOLD_SECONDS = 3600;
    static final int MAX_SESSIONS_PER_WEEK = 21;

    private final Set<String> redFlagIds;
    private final Clock clock;

    JournalValidator(Set<String> redFlagIds, Clock clock) {
        this.redFlagIds = new TreeSet<>(redFlagIds);
        this.clock = clock;
    }

    /** @param sessionExists whether a session id is one of the user's sessions */
    void checkIn(String prefix, CheckInData data, LongPredicate sessionExists) {
        if (data == null) {
            throw invalid(prefix, "is required");
        }
        instant(path(prefix, "at"), data.at());
        required(path(prefix, "timing"), data.timing());
        range(path(prefix, "backPain"), data.backPain(), 0, MAX_PAIN);
        range(path(prefix, "legPain"), data.legPain(), 0, MAX_PAIN);
        required(path(prefix, "legExtent"), data.legExtent());
        optionalRange(path(prefix, "sittingMinutes"), data.sittingMinutes(), 0, MAX_MINUTES);
        optionalRange(path(prefix, "sleepQuality"), data.sleepQuality(), 0, MAX_PAIN);
        for (String flag : new TreeSet<>(data.redFlags())) {
            if (!redFlagIds.contains(flag)) {
                throw invalid(path(prefix, "redFlags"), "'" + flag + "' is not a known red flag; known are "
                        + String.join(", ", redFlagIds));
            }
        }
        text(path(prefix, "notes"), data.notes(), MAX_NOTES);
        if (data.sessionId() != null && !sessionExists.test(data.sessionId())) {
            throw invalid(path(prefix, "sessionId"), "there is no session " + data.sessionId() + " in this journal");
        }
    }

    void session(String prefix, SessionData data) {
        if (data == null) {
            throw invalid(prefix, "is required");
        }
        instant(path(prefix, "at"), data.at());
        text(path(prefix, "routineId"), data.routineId(), MAX_NAME);
        text(path(prefix, "routineName"), data.routineName(), MAX_NAME);
        optionalRange(path(prefix, "durationMinutes"), data.durationMinutes(), 0, MAX_MINUTES);
        text(path(prefix, "notes"), data.notes(), MAX_NOTES);
        List<ExerciseDone> exercises = data.exercises();
        if (exercises.size() > MAX_EXERCISES) {
            throw invalid(path(prefix, "exercises"), "at most " + MAX_EXERCISES + " exercises, got "
                    + exercises.size());
        }
        for (int i = 0; i < exercises.size(); i++) {
            exercise(path(prefix, "exercises[" + i + "]"), exercises.get(i));
        }
    }

    private static void exercise(String prefix, ExerciseDone exercise) {
        if (exercise == null) {
            throw invalid(prefix, "is required");
        }
        requiredText(path(prefix, "exerciseId"), exercise.exerciseId(), MAX_NAME);
        requiredText(path(prefix, "name"), exercise.name(), MAX_NAME);
        required(path(prefix, "outcome"), exercise.outcome());
        optionalRange(path(prefix, "sets"), exercise.sets(), 0, MAX_SETS);
        optionalRange(path(prefix, "reps"), exercise.reps(), 0, MAX_REPS);
        optionalRange(path(prefix, "holdSeconds"), exercise.holdSeconds(), 0, MAX_HOLD_SECONDS);
        required(path(prefix, "sides"), exercise.sides());
        text(path(prefix, "notes"), exercise.notes(), MAX_EXERCISE_NOTES);
    }

    static void plan(String prefix, Plan plan) {
        if (plan == null) {
            throw invalid(prefix, "is required");
        }
        range(path(prefix, "sessionsPerWeek"), plan.sessionsPerWeek(), 1, MAX_SESSIONS_PER_WEEK);
        required(path(prefix, "timeZone"), plan.zone());
    }

    /** @param today the user's today, in the plan's time zone */
    static void dayMark(String prefix, DayMark mark, LocalDate today) {
        if (mark == null) {
            throw invalid(prefix, "is required");
        }
        day(path(prefix, "day"), mark.day(), today);
        required(path(prefix, "kind"), mark.kind());
    }

    static void day(String field, LocalDate day, LocalDate today) {
        required(field, day);
        if (day.isBefore(EARLIEST_DAY) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
            throw invalid(field, "must be from " + EARLIEST_DAY + " to " + today.plusDays(DAYS_AHEAD) + ", was "
                    + day);
        }
    }

    /**
     * Checks a whole export before anything of it is stored: every record as if entered now, ids of sessions unique,
     * check-ins linked only to sessions of the same export, each day marked once.
     */
    void export(JournalExport data, LocalDate today) {
        if (data == null) {
            throw invalid("", "the body is required");
        }
        if (data.formatVersion() != JournalExport.FORMAT_VERSION) {
            throw invalid("formatVersion", "must be " + JournalExport.FORMAT_VERSION + ", was "
                    + data.formatVersion());
        }
        if (data.plan() != null) {
            plan("plan", data.plan());
        }
        Set<Long> sessionIds = new HashSet<>();
        for (int i = 0; i < data.sessions().size(); i++) {
            SessionEntry entry = data.sessions().get(i);
            String prefix = "sessions[" + i + "]";
            if (entry == null) {
                throw invalid(prefix, "is required");
            }
            if (!sessionIds.add(entry.id())) {
                throw invalid(path(prefix, "id"), "session id " + entry.id() + " appears twice");
            }
            session(prefix, entry.data());
            optionalInstant(path(prefix, "recordedAt"), entry.recordedAt());
        }
        for (int i = 0; i < data.checkIns().size(); i++) {
            CheckIn checkIn = data.checkIns().get(i);
            String prefix = "checkIns[" + i + "]";
            if (checkIn == null) {
                throw invalid(prefix, "is required");
            }
            checkIn(prefix, checkIn.data(), sessionIds::contains);
            optionalInstant(path(prefix, "recordedAt"), checkIn.recordedAt());
            optionalInstant(path(prefix, "redFlagsAcknowledgedAt"), checkIn.redFlagsAcknowledgedAt());
        }
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < data.days().size(); i++) {
            DayMark mark = data.days().get(i);
            String prefix = "days[" + i + "]";
            dayMark(prefix, mark, today);
            if (!days.add(mark.day())) {
                throw invalid(path(prefix, "day"), mark.day() + " is marked twice");
            }
        }
    }

    void limit(int limit, int max) {
        range("limit", limit, 1, max);
    }

    private void instant(String field, Instant value) {
        required(field, value);
        Instant latest = clock.instant().plus(FUTURE_SLACK);
        if (value.isBefore(EARLIEST) || value.isAfter(latest)) {
            throw invalid(field, "must be from " + EARLIEST + " to a day from now, was " + value);
        }
    }

    private void optionalInstant(String field, Instant value) {
        if (value != null) {
            instant(field, value);
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, "must be from " + min + " to " + max + ", was " + value);
        }
    }

    private static void optionalRange(String field, Integer value, int min, int max) {
        if (value != null) {
            range(field, value, min, max);
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw invalid(field, "is required");
        }
    }

    private static void requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        text(field, value, max);
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw invalid(field, "must be at most " + max + " characters, was " + value.length());
        }
    }

    static String path(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    static JournalException invalid(String field, String message) {
        return new JournalException(JournalException.Reason.INVALID, field.isEmpty() ? null : field, message);
    }
}
