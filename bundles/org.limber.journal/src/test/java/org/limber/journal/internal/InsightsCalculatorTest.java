package org.limber.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.journal.internal.Entries.NOW;
import static org.limber.journal.internal.Entries.checkIn;
import static org.limber.journal.internal.Entries.daysAgo;
import static org.limber.journal.internal.Entries.done;
import static org.limber.journal.internal.Entries.redFlags;
import static org.limber.journal.internal.Entries.session;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.limber.journal.api.CheckIn;
import org.limber.journal.api.Insights;
import org.limber.journal.api.Insights.InsightNote;
import org.limber.journal.api.Insights.PainPoint;
import org.limber.journal.api.Insights.Severity;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Plan;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionEntry;

class InsightsCalculatorTest {
    private static final Plan PLAN = new Plan(3, Set.of(), ZoneId.of("UTC"));

    private static Insights compute(List<CheckIn> checkIns, List<SessionEntry> sessions) {
        return InsightsCalculator.compute(checkIns, sessions, List.of(), PLAN, NOW);
    }

    private static List<String> codes(Insights insights) {
        return insights.notes().stream().map(InsightNote::code).toList();
    }

    private static InsightNote note(Insights insights, String code) {
        return insights.notes().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + code + " in " + codes(insights)));
    }

    /** Check-ins with this leg pain (back pain 2, pain to the thigh) on each of the given days ago. */
    private static List<CheckIn> legPain(int leg, int... daysAgo) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d : daysAgo) {
            checkIns.add(checkIn(daysAgo(d), 2, leg, PainExtent.THIGH));
        }
        return checkIns;
    }

    private static List<CheckIn> extents(PainExtent... oldestFirst) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < oldestFirst.length; i++) {
            checkIns.add(checkIn(daysAgo(oldestFirst.length - i), 3, 3, oldestFirst[i]));
        }
        return checkIns;
    }

    @SafeVarargs
    private static List<CheckIn> concat(List<CheckIn>... parts) {
        List<CheckIn> all = new ArrayList<>();
        for (List<CheckIn> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** Two sessions in each of the last three 7-day blocks. */
    private static List<SessionEntry> regularPractice() {
        List<SessionEntry> sessions = new ArrayList<>();
        for (int d : new int[] {0, 3, 7, 10, 14, 17}) {
            sessions.add(session(daysAgo(d), done("pelvic-tilt", Response.NO_CHANGE)));
        }
        return sessions;
    }

    // ---- the basics ----

    @Test
    void anEmptyJournalHasNoNotes() {
        Insights insights = compute(List.of(), List.of());

        assertEquals(NOW, insights.computedAt());
        assertEquals(List.of(), insights.notes());
        assertEquals(List.of(), insights.pain());
        assertEquals(List.of(), insights.exercises());
        assertNull(insights.pendingRedFlags());
        assertEquals(3, insights.adherence().plannedPerWeek());
    }

    @Test
    void painPointsAreEveryCheckInOldestFirst() {
        CheckIn newer = checkIn(daysAgo(1), 3, 5, PainExtent.BUTTOCK);
        CheckIn older = checkIn(daysAgo(400), 7, 8, PainExtent.FOOT);

        assertEquals(List.of(new PainPoint(daysAgo(400), 7, 8, PainExtent.FOOT),
                new PainPoint(daysAgo(1), 3, 5, PainExtent.BUTTOCK)), compute(List.of(newer, older), List.of()).pain());
    }

    // ---- red flags ----

    @Test
    void unacknowledgedRedFlagsComeFirstAsAnUrgentNote() {
        CheckIn older = redFlags(daysAgo(3), null, "severe-pain");
        CheckIn newest = redFlags(daysAgo(1), null, "saddle-numbness");
        CheckIn acknowledged = redFlags(daysAgo(0), NOW, "both-legs");
        List<SessionEntry> sessions = List.of(session(daysAgo(2), done("cobra", Response.SPREAD)));

        Insights insights = compute(List.of(older, acknowledged, newest), sessions);

        assertEquals(newest, insights.pendingRedFlags());
        assertEquals(List.of("red-flag", "stop-exercise"), codes(insights));
        InsightNote note = insights.notes().get(0);
        assertEquals(Severity.URGENT, note.severity());
        assertTrue(note.text().contains("2026-11-17"), note.text());
    }

    @Test
    void acknowledgedRedFlagsLeaveNoNote() {
        Insights insights = compute(List.of(redFlags(daysAgo(1), NOW, "saddle-numbness")), List.of());

        assertNull(insights.pendingRedFlags());
        assertEquals(List.of(), insights.notes());
    }

    // ---- exercises ----

    @Test
    void anExerciseAfterWhichPainSpreadGetsAStopNoteNamingIt() {
        Insights insights = compute(List.of(), List.of(
                session(daysAgo(3), done("knee-to-chest", Response.EASED), done("cobra", Response.EASED)),
                session(daysAgo(2), done("knee-to-chest", Response.SPREAD), done("cobra", Response.CENTRALIZED))));

        InsightNote stop = note(insights, "stop-exercise");
        assertEquals("knee-to-chest", stop.exerciseId());
        assertEquals(Severity.WARNING, stop.severity());
        assertTrue(stop.title().contains("Knee to chest"), stop.title());
        InsightNote helping = note(insights, "helping");
        assertEquals("cobra", helping.exerciseId());
        assertEquals(Severity.GOOD, helping.severity());
        assertEquals(List.of("stop-exercise", "helping"), codes(insights));
    }

    // ---- pain change ----

    @Test
    void painRisingByTwoPointsIsWorsening() {
        Insights insights = compute(concat(legPain(3, 20, 18, 16), legPain(5, 10, 5, 1)), List.of());

        InsightNote note = note(insights, "worsening");
        assertEquals(Severity.WARNING, note.severity());
        assertTrue(note.text().contains("leg pain") && note.text().contains("2.0"), note.text());
    }

    @Test
    void backPainCountsOnItsOwn() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d : new int[] {20, 18, 16}) {
            checkIns.add(checkIn(daysAgo(d), 2, 4, PainExtent.THIGH));
        }
        for (int d : new int[] {10, 5, 1}) {
            checkIns.add(checkIn(daysAgo(d), 6, 3, PainExtent.THIGH));
        }

        assertTrue(note(compute(checkIns, List.of()), "worsening").text().contains("back pain"));
    }

    @Test
    void aSmallerRiseIsNotWorsening() {
        Insights insights = compute(concat(legPain(3, 20, 18, 16), legPain(5, 10, 5), legPain(4, 1)), List.of());

        assertEquals(List.of(), codes(insights));
    }

    @Test
    void tooFewCheckInsSayNothingAboutTheTrend() {
        assertEquals(List.of(), codes(compute(concat(legPain(2, 20, 18), legPain(9, 10, 5, 1)), List.of())));
        assertEquals(List.of(), codes(compute(concat(legPain(2, 20, 18, 16), legPain(9, 5, 1)), List.of())));
    }

    @Test
    void checkInsOlderThanFourWeeksDoNotCount() {
        assertEquals(List.of(), codes(compute(concat(legPain(2, 40, 35, 30), legPain(9, 10, 5, 1)), List.of())));
    }

    @Test
    void painFallingByTwoPointsIsImproving() {
        Insights insights = compute(concat(legPain(7, 20, 18, 16), legPain(4, 10, 5, 1)), List.of());

        InsightNote note = note(insights, "improving");
        assertEquals(Severity.GOOD, note.severity());
        assertTrue(note.text().contains("3.0 points lower"), note.text());
    }

    @Test
    void legRisingOutweighsBackFalling() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d : new int[] {20, 18, 16}) {
            checkIns.add(checkIn(daysAgo(d), 8, 2, PainExtent.THIGH));
        }
        for (int d : new int[] {10, 5, 1}) {
            checkIns.add(checkIn(daysAgo(d), 2, 5, PainExtent.THIGH));
        }

        assertEquals(List.of("worsening"), codes(compute(checkIns, List.of())));
    }

    // ---- leg-pain extent ----

    @Test
    void painReachingFurtherDownTheLegIsPeripheralizing() {
        Insights insights = compute(extents(PainExtent.BUTTOCK, PainExtent.BUTTOCK, PainExtent.THIGH,
                PainExtent.BELOW_KNEE), List.of());

        assertEquals(List.of("peripheralizing"), codes(insights));
        assertEquals(Severity.WARNING, insights.notes().get(0).severity());
    }

    @Test
    void painWithdrawingTowardTheSpineIsCentralizing() {
        Insights insights = compute(extents(PainExtent.FOOT, PainExtent.BELOW_KNEE, PainExtent.THIGH,
                PainExtent.THIGH, PainExtent.BUTTOCK), List.of());

        assertEquals(List.of("centralizing"), codes(insights));
        assertEquals(Severity.GOOD, insights.notes().get(0).severity());
    }

    @Test
    void extentGoingBackAndForthIsNeither() {
        assertEquals(List.of(), codes(compute(extents(PainExtent.THIGH, PainExtent.BELOW_KNEE, PainExtent.THIGH,
                PainExtent.BELOW_KNEE), List.of())));
        assertEquals(List.of(), codes(compute(extents(PainExtent.THIGH, PainExtent.THIGH, PainExtent.THIGH,
                PainExtent.BELOW_KNEE), List.of())), "half a level on average is not yet a shift");
    }

    @Test
    void threeCheckInsAreTooFewForAnExtentTrend() {
        assertEquals(List.of(), codes(compute(extents(PainExtent.NONE, PainExtent.THIGH, PainExtent.FOOT),
                List.of())));
    }

    @Test
    void onlyTheLastTwoWeeksShowTheExtentTrend() {
        List<CheckIn> checkIns = new ArrayList<>();
        checkIns.add(checkIn(daysAgo(20), 3, 3, PainExtent.NONE));
        checkIns.add(checkIn(daysAgo(18), 3, 3, PainExtent.NONE));
        checkIns.addAll(legPain(3, 10, 8, 6, 4));

        assertEquals(List.of(), codes(compute(checkIns, List.of())));
    }

    // ---- no improvement ----

    @Test
    void threeWeeksOfRegularPracticeWithoutLessPainSuggestsAProfessional() {
        Insights insights = compute(concat(legPain(5, 18, 15), legPain(5, 4, 1)), regularPractice());

        InsightNote note = note(insights, "no-improvement");
        assertEquals(Severity.WARNING, note.severity());
        assertTrue(note.text().contains("physiotherapist"), note.text());
    }

    @Test
    void aFallOfOnePointIsImprovementEnough() {
        assertFalse(codes(compute(concat(legPain(5, 18, 15), legPain(4, 4, 1)), regularPractice()))
                .contains("no-improvement"));
    }

    @Test
    void irregularPracticeSaysNothing() {
        List<SessionEntry> sessions = new ArrayList<>(regularPractice());
        sessions.remove(sessions.size() - 1);

        assertFalse(codes(compute(concat(legPain(5, 18, 15), legPain(5, 4, 1)), sessions))
                .contains("no-improvement"));
    }

    @Test
    void mildPainNeedsNoAdvice() {
        assertFalse(codes(compute(concat(legPain(2, 18, 15), legPain(2, 4, 1)), regularPractice()))
                .contains("no-improvement"));
    }

    @Test
    void tooFewCheckInsToJudgeImprovementSayNothing() {
        assertFalse(codes(compute(concat(legPain(5, 18), legPain(5, 4, 1)), regularPractice()))
                .contains("no-improvement"));
    }

    @Test
    void worseningPainSaysSoInsteadOfNoImprovement() {
        Insights insights = compute(concat(legPain(4, 20, 18, 15), legPain(7, 10, 4, 1)), regularPractice());

        assertTrue(codes(insights).contains("worsening"));
        assertFalse(codes(insights).contains("no-improvement"));
    }

    // ---- order ----

    @Test
    void notesGoFromUrgentToGood() {
        List<CheckIn> checkIns = new ArrayList<>(extents(PainExtent.FOOT, PainExtent.FOOT, PainExtent.THIGH,
                PainExtent.BUTTOCK));
        checkIns.add(redFlags(daysAgo(0), null, "severe-pain"));
        checkIns.add(checkIn(daysAgo(0), 3, 3, PainExtent.NONE));
        List<SessionEntry> sessions = List.of(
                session(daysAgo(3), done("bridge", Response.EASED), done("cobra", Response.SPREAD)),
                session(daysAgo(2), done("bridge", Response.EASED)));

        Insights insights = compute(checkIns, sessions);

        assertEquals(List.of("red-flag", "stop-exercise", "centralizing", "helping"), codes(insights));
        List<Severity> severities = insights.notes().stream().map(InsightNote::severity).toList();
        assertEquals(severities.stream().sorted().toList(), severities);
        insights.notes().forEach(n -> assertFalse(n.title().isBlank() || n.text().isBlank(), n::toString));
    }
}
