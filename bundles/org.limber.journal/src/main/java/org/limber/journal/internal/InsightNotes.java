package org.limber.journal.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.limber.journal.api.CheckIn;
import org.limber.journal.api.Insights.ExerciseResponse;
import org.limber.journal.api.Insights.InsightNote;
import org.limber.journal.api.Insights.Severity;
import org.limber.journal.api.Insights.Verdict;
import org.limber.journal.internal.PainTrends.ExtentShift;
import org.limber.journal.internal.PainTrends.PainChange;

/**
 * The plain-language notes, most important first. They describe what the user's own entries show and what the
 * sources advise in that case; they never say what the cause is.
 */
final class InsightNotes {
    static final String RED_FLAG = "red-flag";
    static final String STOP_EXERCISE = "stop-exercise";
    static final String PERIPHERALIZING = "peripheralizing";
    static final String WORSENING = "worsening";
    static final String NO_IMPROVEMENT = "no-improvement";
    static final String CENTRALIZING = "centralizing";
    static final String IMPROVING = "improving";
    static final String HELPING = "helping";

    private InsightNotes() {
    }

    record Findings(CheckIn pendingRedFlags, List<ExerciseResponse> exercises, Optional<PainChange> painChange,
                    ExtentShift extentShift, boolean noImprovement) {
    }

    static List<InsightNote> of(Findings findings, ZoneId zone) {
        List<InsightNote> notes = new ArrayList<>();
        if (findings.pendingRedFlags() != null) {
            notes.add(redFlag(LocalDate.ofInstant(findings.pendingRedFlags().data().at(), zone)));
        }
        findings.exercises().stream().filter(e -> e.verdict() == Verdict.STOP)
                .forEach(e -> notes.add(stopExercise(e)));
        if (findings.extentShift() == ExtentShift.PERIPHERALIZING) {
            notes.add(new InsightNote(PERIPHERALIZING, Severity.WARNING, "Leg pain is reaching further down",
                    "In your check-ins of the last two weeks, the pain has been reaching further down your leg. The "
                            + "sources take this as a signal to stop whatever brings it on. If it keeps spreading, "
                            + "or comes with numbness or weakness, have a doctor or physiotherapist look at it.",
                    null));
        }
        boolean worsening = findings.painChange().map(PainChange::worsening).orElse(false);
        if (worsening) {
            PainChange change = findings.painChange().get();
            String part = change.mostChanged(true);
            notes.add(new InsightNote(WORSENING, Severity.WARNING, "Your pain is getting worse",
                    "Your " + part + " pain over the last two weeks averaged " + points(change, part)
                            + " points higher (on the 0 to 10 scale) than in the two weeks before. Pain that keeps "
                            + "getting worse is a reason to see a doctor or physiotherapist. Until then, ease off "
                            + "anything that seems to make it worse.",
                    null));
        }
        if (findings.noImprovement() && !worsening) {
            notes.add(new InsightNote(NO_IMPROVEMENT, Severity.WARNING, "Time to get advice",
                    "You have practised regularly for " + PainTrends.PRACTICE_WEEKS + " weeks, but your pain has "
                            + "not come down. The sources suggest seeing a doctor or physiotherapist when two to "
                            + "four weeks of looking after yourself bring no improvement: they can look for what "
                            + "is behind the pain and adapt the exercises to you.",
                    null));
        }
        if (findings.extentShift() == ExtentShift.CENTRALIZING) {
            notes.add(new InsightNote(CENTRALIZING, Severity.GOOD, "Leg pain is retreating",
                    "In your check-ins of the last two weeks, the pain has been reaching less far down your leg. "
                            + "Pain that withdraws toward the lower back is usually a good sign.",
                    null));
        }
        if (findings.painChange().map(PainChange::improving).orElse(false)) {
            PainChange change = findings.painChange().get();
            String part = change.mostChanged(false);
            notes.add(new InsightNote(IMPROVING, Severity.GOOD, "Your pain is easing",
                    "Your " + part + " pain over the last two weeks averaged " + points(change, part)
                            + " points lower (on the 0 to 10 scale) than in the two weeks before. Keep going at a "
                            + "pace that feels right.",
                    null));
        }
        findings.exercises().stream().filter(e -> e.verdict() == Verdict.HELPING)
                .forEach(e -> notes.add(helping(e)));
        return notes;
    }

    private static InsightNote redFlag(LocalDate day) {
        return new InsightNote(RED_FLAG, Severity.URGENT, "Get medical help now",
                "In your check-in of " + day + " you reported a warning sign that needs a doctor's attention "
                        + "urgently. Do not wait to see whether it passes: contact a doctor or an urgent care "
                        + "service today, and go to an emergency department straight away if you have changes in "
                        + "bladder or bowel control or numbness around the genitals, bottom or inner thighs. Guided "
                        + "sessions wait until you confirm that you have seen this.",
                null);
    }

    private static InsightNote stopExercise(ExerciseResponse exercise) {
        return new InsightNote(STOP_EXERCISE, Severity.WARNING, "Stop \u201c" + exercise.name() + "\u201d",
                "After \u201c" + exercise.name() + "\u201d your leg pain spread further down the leg ("
                        + times(exercise.spread()) + " in the last " + ExerciseResponses.WINDOW.toDays()
                        + " days). The sources say to stop any exercise that does this. Leave it out of your "
                        + "sessions, and ask a doctor or physiotherapist before you try it again.",
                exercise.exerciseId());
    }

    private static InsightNote helping(ExerciseResponse exercise) {
        int good = exercise.eased() + exercise.centralized();
        return new InsightNote(HELPING, Severity.GOOD, "\u201c" + exercise.name() + "\u201d seems to help",
                "After \u201c" + exercise.name() + "\u201d your pain eased or moved back toward your spine " + good
                        + " of the " + exercise.times() + " times you did it in the last "
                        + ExerciseResponses.WINDOW.toDays() + " days, and it never made leg pain spread. An "
                        + "exercise that does this is usually one worth keeping.",
                exercise.exerciseId());
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static String points(PainChange change, String part) {
        double value = Math.abs("leg".equals(part) ? change.leg() : change.back());
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
