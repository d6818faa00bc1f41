package org.limber.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.DayMark;
import org.limber.journal.api.Insights;
import org.limber.journal.api.Insights.ExerciseResponse;
import org.limber.journal.api.Insights.PainPoint;
import org.limber.journal.api.Plan;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.internal.InsightNotes.Findings;

/** What one user's journal shows: a pure function of their records, their plan and the time. */
final class InsightsCalculator {
    static final Comparator<CheckIn> CHECK_IN_ORDER = Comparator.comparing((CheckIn c) -> c.data().at())
            .thenComparingLong(CheckIn::id);
    static final Comparator<SessionEntry> SESSION_ORDER = Comparator.comparing((SessionEntry s) -> s.data().at())
            .thenComparingLong(SessionEntry::id);

    private InsightsCalculator() {
    }

    static Insights compute(List<CheckIn> checkIns, List<SessionEntry> sessions, List<DayMark> days, Plan plan,
                            Instant now) {
        List<CheckIn> sortedCheckIns = checkIns.stream().sorted(CHECK_IN_ORDER).toList();
        List<SessionEntry> sortedSessions = sessions.stream().sorted(SESSION_ORDER).toList();

        AdherenceCalculator.Result adherence = AdherenceCalculator.compute(sortedSessions, sortedCheckIns, days,
                plan, now);
        List<PainPoint> pain = sortedCheckIns.stream().map(c -> new PainPoint(c.data().at(), c.data().backPain(),
                c.data().legPain(), c.data().legExtent())).toList();
        List<ExerciseResponse> exercises = ExerciseResponses.compute(sortedSessions, now);
        CheckIn pending = pendingRedFlags(sortedCheckIns);
        Findings findings = new Findings(pending, exercises, PainTrends.painChange(sortedCheckIns, now),
                PainTrends.extentShift(sortedCheckIns, now),
                PainTrends.noImprovement(sortedCheckIns, sortedSessions, plan.zone(),
                        LocalDate.ofInstant(now, plan.zone())));
        return new Insights(now, adherence.adherence(), pain, adherence.weeks(), exercises,
                InsightNotes.of(findings, plan.zone()), pending);
    }

    /** The newest check-in whose red flags are not acknowledged, or {@code null}. */
    static CheckIn pendingRedFlags(List<CheckIn> checkIns) {
        return checkIns.stream().filter(CheckIn::awaitsAcknowledgement).max(CHECK_IN_ORDER).orElse(null);
    }
}
