package org.limber.journal.rest.internal;

import java.util.List;

/**
 * The journal's JSON, read and written alike: times as ISO-8601 instants, days as {@code yyyy-mm-dd}, enums by their
 * kebab names. Numbers and flags are boxed so that a missing one can be told from a zero.
 */
final class JsonShapes {
    private JsonShapes() {
    }

    record ListJson<T>(List<T> items) {
    }

    /** A check-in; the create body leaves out id, recordedAt and redFlagsAcknowledgedAt. */
    record CheckInJson(Long id, String at, String timing, Long sessionId, Integer backPain, Integer legPain,
                       String legExtent, Boolean numbness, Boolean tingling, Boolean weakness, Integer sittingMinutes,
                       Integer sleepQuality, Boolean flare, List<String> redFlags, String notes, String recordedAt,
                       String redFlagsAcknowledgedAt) {
    }

    record ExerciseJson(String exerciseId, String name, String outcome, Integer sets, Integer reps,
                        Integer holdSeconds, String sides, String response, String notes) {
    }

    record SessionJson(Long id, String at, String routineId, String routineName, Integer durationMinutes,
                       String notes, String recordedAt, List<ExerciseJson> exercises) {
    }

    /** A session to create, with the check-ins taken just before and after it. */
    record SessionBody(String at, String routineId, String routineName, Integer durationMinutes, String notes,
                       List<ExerciseJson> exercises, CheckInJson before, CheckInJson after) {
    }

    record SessionCreatedJson(SessionJson session, CheckInJson before, CheckInJson after) {
    }

    record DayJson(String day, String kind) {
    }

    record DayBody(String kind) {
    }

    record PlanJson(Integer sessionsPerWeek, List<String> restDays, String timeZone) {
    }

    record AdherenceJson(int sessionsThisWeek, int plannedPerWeek, int currentStreakDays, int longestStreakDays,
                         int sessionsLast28Days) {
    }

    record PainPointJson(String at, int backPain, int legPain, String legExtent) {
    }

    record WeekJson(String weekStart, int sessions, int planned) {
    }

    record ExerciseResponseJson(String exerciseId, String name, int times, int eased, int centralized, int worse,
                                int spread, String verdict) {
    }

    record NoteJson(String code, String severity, String title, String text, String exerciseId) {
    }

    record InsightsJson(String computedAt, AdherenceJson adherence, List<PainPointJson> pain, List<WeekJson> weeks,
                        List<ExerciseResponseJson> exercises, List<NoteJson> notes, CheckInJson pendingRedFlags) {
    }

    record ExportJson(Integer formatVersion, String exportedAt, PlanJson plan, List<CheckInJson> checkIns,
                      List<SessionJson> sessions, List<DayJson> days) {
    }

    record ImportResultJson(int checkIns, int sessions, int days) {
    }
}
