package org.limber.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.journal.internal.Entries.NOW;
import static org.limber.journal.internal.Entries.daysAgo;
import static org.limber.journal.internal.Entries.done;
import static org.limber.journal.internal.Entries.session;
import static org.limber.journal.internal.Entries.skipped;
import static org.limber.journal.internal.Entries.stopped;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Insights.ExerciseResponse;
import org.limber.journal.api.Insights.Verdict;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionEntry;
import org.limber.journal.api.Sides;

class ExerciseResponsesTest {

    private static ExerciseResponse only(List<SessionEntry> sessions) {
        List<ExerciseResponse> responses = ExerciseResponses.compute(sessions, NOW);
        assertEquals(1, responses.size(), responses::toString);
        return responses.get(0);
    }

    @Test
    void easedAndCentralizedMostTimesIsHelping() {
        ExerciseResponse response = only(List.of(
                session(daysAgo(5), done("press-up", Response.EASED)),
                session(daysAgo(4), done("press-up", Response.CENTRALIZED)),
                session(daysAgo(3), done("press-up", Response.NO_CHANGE))));

        assertEquals(new ExerciseResponse("press-up", "Press up", 3, 1, 1, 0, 0, Verdict.HELPING), response);
    }

    @Test
    void legPainSpreadingOnceMeansStopWhateverElseHappened() {
        ExerciseResponse response = only(List.of(
                session(daysAgo(9), done("knee-to-chest", Response.EASED)),
                session(daysAgo(8), done("knee-to-chest", Response.EASED)),
                session(daysAgo(7), done("knee-to-chest", Response.EASED)),
                session(daysAgo(6), stopped("knee-to-chest", Response.SPREAD)),
                session(daysAgo(5), done("knee-to-chest", Response.CENTRALIZED))));

        assertEquals(Verdict.STOP, response.verdict());
        assertEquals(5, response.times());
        assertEquals(1, response.spread());
        assertEquals(3, response.eased());
        assertEquals(1, response.centralized());
    }

    @Test
    void oneGoodAnswerIsNotEnoughToSayItHelps() {
        assertEquals(Verdict.UNCLEAR, only(List.of(session(daysAgo(1), done("bridge", Response.EASED)))).verdict());
    }

    @Test
    void goodAnswersMustBeMoreThanHalfOfTheTimesDone() {
        ExerciseResponse half = only(List.of(
                session(daysAgo(4), done("bridge", Response.EASED)),
                session(daysAgo(3), done("bridge", Response.EASED)),
                session(daysAgo(2), done("bridge", Response.WORSE)),
                session(daysAgo(1), done("bridge", null))));

        assertEquals(Verdict.UNCLEAR, half.verdict());
        assertEquals(1, half.worse());
        assertEquals(4, half.times());
    }

    @Test
    void worseWithoutSpreadingIsUnclearNotStop() {
        assertEquals(Verdict.UNCLEAR, only(List.of(
                session(daysAgo(2), done("bridge", Response.WORSE)),
                session(daysAgo(1), done("bridge", Response.WORSE)))).verdict());
    }

    @Test
    void skippedExercisesDoNotCount() {
        List<ExerciseResponse> responses = ExerciseResponses.compute(List.of(
                session(daysAgo(2), skipped("bird-dog"), done("bridge", null))), NOW);

        assertEquals(List.of("bridge"), responses.stream().map(ExerciseResponse::exerciseId).toList());
        ExerciseDone skippedButSpread = new ExerciseDone("cobra", "Cobra", Outcome.SKIPPED, null, null, null,
                Sides.NOT_SIDED, Response.SPREAD, null);
        assertEquals(List.of(), ExerciseResponses.compute(List.of(session(daysAgo(1), skippedButSpread)), NOW));
    }

    @Test
    void onlyTheLast90DaysCount() {
        ExerciseResponse response = only(List.of(
                session(daysAgo(91), done("cobra", Response.SPREAD)),
                session(daysAgo(89), done("cobra", Response.EASED)),
                session(daysAgo(60), done("cobra", Response.EASED))));

        assertEquals(2, response.times());
        assertEquals(0, response.spread());
        assertEquals(Verdict.HELPING, response.verdict());
    }

    @Test
    void mostDoneFirstAndTheNewestNameWins() {
        ExerciseDone renamed = new ExerciseDone("cat-cow", "Cat and cow", Outcome.DONE, 1, 10, null,
                Sides.NOT_SIDED, null, null);
        List<ExerciseResponse> responses = ExerciseResponses.compute(List.of(
                session(daysAgo(3), done("bridge", null), done("cat-cow", null)),
                session(daysAgo(2), done("cat-cow", null), done("walking", null)),
                session(daysAgo(1), renamed)), NOW);

        assertEquals(List.of("cat-cow", "bridge", "walking"),
                responses.stream().map(ExerciseResponse::exerciseId).toList());
        assertEquals("Cat and cow", responses.get(0).name());
        assertEquals(3, responses.get(0).times());
    }
}
