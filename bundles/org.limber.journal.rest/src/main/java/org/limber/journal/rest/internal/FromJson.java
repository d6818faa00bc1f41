package org.limber.journal.rest.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.DayKind;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.JournalExport;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Plan;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Sides;
import org.limber.journal.api.Wire;
import org.limber.journal.rest.internal.JsonShapes.CheckInJson;
import org.limber.journal.rest.internal.JsonShapes.DayJson;
import org.limber.journal.rest.internal.JsonShapes.ExerciseJson;
import org.limber.journal.rest.internal.JsonShapes.ExportJson;
import org.limber.journal.rest.internal.JsonShapes.PlanJson;
import org.limber.journal.rest.internal.JsonShapes.SessionBody;
import org.limber.journal.rest.internal.JsonShapes.SessionJson;
import org.limber.rest.ProblemException;

/**
 * JSON bodies as the journal's records. What JSON alone can get wrong (a missing required number, an enum name
 * that does not exist, a time that is not a time) is a 400 naming the field as a path; ranges and the rest are the
 * journal service's to check.
 */
final class FromJson {
    private FromJson() {
    }

    static CheckInData checkIn(String prefix, CheckInJson j) {
        required(prefix, j);
        return new CheckInData(instant(path(prefix, "at"), j.at()),
                enumValue(CheckInTiming.class, path(prefix, "timing"), j.timing()), j.sessionId(),
                required(path(prefix, "backPain"), j.backPain()), required(path(prefix, "legPain"), j.legPain()),
                required(path(prefix, "legExtent"), enumValue(PainExtent.class, path(prefix, "legExtent"),
                        j.legExtent())),
                flag(j.numbness()), flag(j.tingling()), flag(j.weakness()), j.sittingMinutes(), j.sleepQuality(),
                flag(j.flare()), redFlags(path(prefix, "redFlags"), j.redFlags()), j.notes());
    }

    static SessionData session(SessionBody j) {
        required("", j);
        return new SessionData(instant("at", j.at()), j.routineId(), j.routineName(), j.durationMinutes(),
                exercises("", j.exercises()), j.notes());
    }

    static SessionData session(String prefix, SessionJson j) {
        required(prefix, j);
        return new SessionData(instant(path(prefix, "at"), j.at()), j.routineId(), j.routineName(),
                j.durationMinutes(), exercises(prefix, j.exercises()), j.notes());
    }

    private static List<ExerciseDone> exercises(String prefix, List<ExerciseJson> exercises) {
        return list(path(prefix, "exercises"), exercises, FromJson::exercise);
    }

    private static ExerciseDone exercise(String prefix, ExerciseJson j) {
        return new ExerciseDone(j.exerciseId(), j.name(), enumValue(Outcome.class, path(prefix, "outcome"),
                j.outcome()), j.sets(), j.reps(), j.holdSeconds(), enumValue(Sides.class, path(prefix, "sides"),
                j.sides()), enumValue(Response.class, path(prefix, "response"), j.response()), j.notes());
    }

    static Plan plan(String prefix, PlanJson j) {
        required(prefix, j);
        int sessionsPerWeek = required(path(prefix, "sessionsPerWeek"), j.sessionsPerWeek());
        Set<DayOfWeek> restDays = EnumSet.noneOf(DayOfWeek.class);
        restDays.addAll(list(path(prefix, "restDays"), j.restDays(),
                (field, name) -> enumValue(DayOfWeek.class, field, name)));
        String zoneField = path(prefix, "timeZone");
        String zone = required(zoneField, j.timeZone());
        try {
            return new Plan(sessionsPerWeek, restDays, ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw ProblemException.invalidField(zoneField, "'" + zone + "' is not a known time zone such as "
                    + "Europe/Berlin or UTC");
        }
    }

    static DayMark day(String prefix, DayJson j) {
        required(prefix, j);
        return new DayMark(day(path(prefix, "day"), j.day()),
                enumValue(DayKind.class, path(prefix, "kind"), j.kind()));
    }

    /** The JSON export back as records, checked for shape only; the journal service checks the rest. */
    static JournalExport export(ExportJson j) {
        required("", j);
        int formatVersion = required("formatVersion", j.formatVersion());
        List<SessionEntry> sessions = list("sessions", j.sessions(), (prefix, s) -> new SessionEntry(
                required(path(prefix, "id"), s.id()), session(prefix, s), instant(path(prefix, "recordedAt"),
                s.recordedAt())));
        List<CheckIn> checkIns = list("checkIns", j.checkIns(), (prefix, c) -> new CheckIn(
                c.id() == null ? 0 : c.id(), checkIn(prefix, c), instant(path(prefix, "recordedAt"), c.recordedAt()),
                instant(path(prefix, "redFlagsAcknowledgedAt"), c.redFlagsAcknowledgedAt())));
        List<DayMark> days = list("days", j.days(), FromJson::day);
        return new JournalExport(formatVersion, instant("exportedAt", j.exportedAt()),
                j.plan() == null ? null : plan("plan", j.plan()), checkIns, sessions, days);
    }

    static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "'" + shortened(text)
                    + "' is not an ISO-8601 instant such as 2026-11-21T08:30:00Z");
        }
    }

    static LocalDate day(String field, String text) {
        String value = required(field, text);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "'" + shortened(value) + "' is not a day such as 2026-11-21");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Wire.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "'" + shortened(text) + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Wire::name).collect(Collectors.joining(", ")));
        }
    }

    private static Set<String> redFlags(String field, List<String> ids) {
        return new LinkedHashSet<>(list(field, ids, (path, id) -> id));
    }

    /** Each element converted with its own path ({@code exercises[2]}); a null element is a 400. */
    private static <J, T> List<T> list(String field, List<J> values, BiFunction<String, J, T> convert) {
        if (values == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String path = field + "[" + i + "]";
            result.add(convert.apply(path, required(path, values.get(i))));
        }
        return result;
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            if (field.isEmpty()) {
                throw ProblemException.status(400, "Missing body", "The request needs a JSON object as its body.");
            }
            throw ProblemException.invalidField(field, "is required");
        }
        return value;
    }

    static String path(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
