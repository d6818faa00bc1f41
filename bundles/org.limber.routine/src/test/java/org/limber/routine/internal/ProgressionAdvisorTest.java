package org.limber.routine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.limber.catalog.api.model.Phase;
import org.limber.journal.api.Insights.PainPoint;
import org.limber.journal.api.PainExtent;
import org.limber.routine.api.Progression;

class ProgressionAdvisorTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    /** One check-in a day for 14 days: the first week at {@code before}, the last at {@code recent}. */
    private static List<PainPoint> fortnight(int before, int recent) {
        List<PainPoint> points = new ArrayList<>();
        for (int day = 14; day >= 1; day--) {
            int pain = day > 7 ? before : recent;
            points.add(new PainPoint(NOW.minus(Duration.ofDays(day)).plusSeconds(60), pain - 1, pain,
                    PainExtent.THIGH));
        }
        return points;
    }

    @Test
    void easingPainSuggestsTheSubacutePhase() {
        Progression progression = ProgressionAdvisor.advise(Phase.ACUTE, fortnight(7, 5), NOW);
        assertEquals(Phase.SUBACUTE, progression.suggested());
        assertTrue(progression.reason().contains("5.0") && progression.reason().contains("7.0"),
                progression.reason());
        assertTrue(progression.changes().stream().anyMatch(change -> change.contains("strengthening")));
    }

    @Test
    void steadyPainInTheAcutePhaseSuggestsStaying() {
        assertEquals(Phase.ACUTE, ProgressionAdvisor.advise(Phase.ACUTE, fortnight(6, 6), NOW).suggested());
    }

    @Test
    void minimalSymptomsSuggestRecovery() {
        assertEquals(Phase.RECOVERY, ProgressionAdvisor.advise(Phase.SUBACUTE, fortnight(4, 2), NOW).suggested());
    }

    @Test
    void highPainAgainSuggestsGoingBackToGentleMovement() {
        Progression progression = ProgressionAdvisor.advise(Phase.RECOVERY, fortnight(3, 8), NOW);
        assertEquals(Phase.ACUTE, progression.suggested());
        assertTrue(progression.reason().contains("see a professional"), progression.reason());
    }

    @Test
    void tooFewCheckInsSuggestNothing() {
        List<PainPoint> two = fortnight(7, 2).subList(12, 14);
        Progression progression = ProgressionAdvisor.advise(Phase.ACUTE, two, NOW);
        assertEquals(Phase.ACUTE, progression.suggested());
        assertTrue(progression.reason().contains("2 in the last 7 days"), progression.reason());
    }
}
