package org.limber.routine.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.limber.catalog.api.model.Phase;
import org.limber.journal.api.Insights.PainPoint;
import org.limber.routine.api.Progression;

/**
 * Suggests a phase from the pain trend, as the sources describe the phases: acute while pain is high, subacute once
 * it is decreasing, recovery once symptoms are minimal. It compares the last 7 days of check-ins with the 7 before
 * (the worse of back and leg pain on the 0–10 scale); it needs at least 3 check-ins in the last 7 days to say
 * anything, and it only ever suggests.
 */
final class ProgressionAdvisor {
    static final int MIN_RECENT_CHECK_INS = 3;
    static final double HIGH_PAIN = 7;
    static final double MINIMAL_PAIN = 2.5;
    static final double EASING_BY = 1;

    private ProgressionAdvisor() {
    }

    static Progression advise(Phase current, List<PainPoint> pain, Instant now) {
        List<PainPoint> recent = between(pain, now.minus(Duration.ofDays(7)), now);
        List<PainPoint> before = between(pain, now.minus(Duration.ofDays(14)), now.minus(Duration.ofDays(7)));
        if (recent.size() < MIN_RECENT_CHECK_INS) {
            return new Progression(current, current, "Check in on at least " + MIN_RECENT_CHECK_INS + " days a week "
                    + "to get a suggestion from your pain trend (" + recent.size() + " in the last 7 days).",
                    changes(current));
        }
        double recentPain = average(recent);
        String figures = String.format(java.util.Locale.ROOT, "your pain averaged %.1f out of 10 over the last 7 days",
                recentPain);
        if (!before.isEmpty()) {
            figures += String.format(java.util.Locale.ROOT, " (%.1f the week before)", average(before));
        }
        boolean easing = !before.isEmpty() && average(before) - recentPain >= EASING_BY;
        Phase suggested = current;
        String reason;
        if (recentPain >= HIGH_PAIN && current != Phase.ACUTE) {
            suggested = Phase.ACUTE;
            reason = "Pain is high again: " + figures + ". Going back to gentle movement for a while may help; if pain"
                    + " is severe or keeps worsening, see a professional.";
        } else if (recentPain <= MINIMAL_PAIN && current != Phase.RECOVERY) {
            suggested = Phase.RECOVERY;
            reason = "Symptoms are minimal: " + figures + ".";
        } else if (current == Phase.ACUTE && recentPain < HIGH_PAIN && easing) {
            suggested = Phase.SUBACUTE;
            reason = "Pain is decreasing: " + figures + ".";
        } else {
            reason = "Stay where you are for now: " + figures + ".";
        }
        return new Progression(current, suggested, reason, changes(suggested));
    }

    /** What a phase means for a routine, from the sources. */
    static List<String> changes(Phase phase) {
        return switch (phase) {
            case ACUTE -> List.of("Gentle movement only: walking as you can tolerate it and comfortable positions.",
                    "Leave strengthening out for now.",
                    "Go easy with forward bends, straight-leg raises, lifting and long sitting.");
            case SUBACUTE -> List.of("Add exercises one at a time, watching how your leg pain responds.",
                    "Take longer walks.",
                    "Start gentle strengthening, 2 to 3 times a week with rest days between.");
            case RECOVERY -> List.of("Move on to the harder versions of exercises that suit you.",
                    "Return to your usual activities gradually.",
                    "Keep up core and hip strength to help prevent a relapse.");
        };
    }

    private static List<PainPoint> between(List<PainPoint> pain, Instant from, Instant to) {
        return pain.stream().filter(point -> !point.at().isBefore(from) && point.at().isBefore(to)).toList();
    }

    private static double average(List<PainPoint> points) {
        return points.stream().mapToInt(point -> Math.max(point.backPain(), point.legPain())).average().orElse(0);
    }
}
