package org.limber.journal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the user's own journal shows, computed in their time zone.
 *
 * @param pain              every check-in's pain, oldest first (for the trend charts)
 * @param weeks             sessions per week against the plan, oldest first (at most the last 26 weeks)
 * @param exercises         per-exercise response, most-done first
 * @param notes             plain-language notes from the rules of the sources, most important first
 * @param pendingRedFlags   the latest check-in with red flags not yet acknowledged, or {@code null}
 */
public record Insights(Instant computedAt, Adherence adherence, List<PainPoint> pain, List<WeekSummary> weeks,
                       List<ExerciseResponse> exercises, List<InsightNote> notes, CheckIn pendingRedFlags) {
    public Insights {
        pain = List.copyOf(pain);
        weeks = List.copyOf(weeks);
        exercises = List.copyOf(exercises);
        notes = List.copyOf(notes);
    }

    /**
     * @param currentStreakDays days with a session in the current run: planned rest weekdays, days marked rest or
     *                          flare and days of a flare check-in neither break the run nor count toward it, and
     *                          today without a session yet does not break it
     */
    public record Adherence(int sessionsThisWeek, int plannedPerWeek, int currentStreakDays, int longestStreakDays,
                            int sessionsLast28Days) {
    }

    public record PainPoint(Instant at, int backPain, int legPain, PainExtent legExtent) {
    }

    public record WeekSummary(LocalDate weekStart, int sessions, int planned) {
    }

    /**
     * @param verdict HELPING when pain eased or centralized after it and never spread; STOP when leg pain spread
     *                after it; otherwise UNCLEAR
     */
    public record ExerciseResponse(String exerciseId, String name, int times, int eased, int centralized,
                                   int worse, int spread, Verdict verdict) {
    }

    public enum Verdict {
        HELPING,
        STOP,
        UNCLEAR
    }

    /**
     * @param code       stable: {@code red-flag}, {@code stop-exercise}, {@code helping}, {@code no-improvement},
     *                   {@code worsening}, {@code centralizing}, {@code peripheralizing}, {@code improving}
     * @param exerciseId the exercise a note is about, or {@code null}
     */
    public record InsightNote(String code, Severity severity, String title, String text, String exerciseId) {
    }

    public enum Severity {
        URGENT,
        WARNING,
        INFO,
        GOOD
    }
}
