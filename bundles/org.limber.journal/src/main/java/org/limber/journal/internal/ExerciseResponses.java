package org.limber.journal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Insights.ExerciseResponse;
import org.limber.journal.api.Insights.Verdict;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.SessionEntry;

/**
 * How each exercise felt over the last {@link #WINDOW}, from the response the user gave after doing it (skipped
 * exercises do not count).
 *
 * <ul>
 * <li>{@code STOP}: leg pain spread down the leg after it at least once in the window. The sources say to stop an
 * exercise that does this, so one spread outweighs any number of good sessions.</li>
 * <li>{@code HELPING}: no spread, at least {@link #MIN_GOOD} times eased or centralized, and those are more than half
 * of the times it was done.</li>
 * <li>{@code UNCLEAR}: anything else, including too few answers to say.</li>
 * </ul>
 */
final class ExerciseResponses {
    static final Duration WINDOW = Duration.ofDays(90);
    static final int MIN_GOOD = 2;

    private ExerciseResponses() {
    }

    /** @param sessions oldest first, so that the newest name of an exercise wins */
    static List<ExerciseResponse> compute(List<SessionEntry> sessions, Instant now) {
        Instant since = now.minus(WINDOW);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (SessionEntry session : sessions) {
            if (!session.data().at().isAfter(since)) {
                continue;
            }
            for (ExerciseDone exercise : session.data().exercises()) {
                if (exercise.outcome() != Outcome.SKIPPED) {
                    tallies.computeIfAbsent(exercise.exerciseId(), id -> new Tally()).add(exercise);
                }
            }
        }
        return tallies.entrySet().stream().map(e -> e.getValue().response(e.getKey()))
                .sorted(Comparator.comparingInt(ExerciseResponse::times).reversed()
                        .thenComparing(r -> r.name().toLowerCase(Locale.ROOT))
                        .thenComparing(ExerciseResponse::exerciseId))
                .toList();
    }

    static Verdict verdict(int times, int good, int spread) {
        if (spread > 0) {
            return Verdict.STOP;
        }
        if (good >= MIN_GOOD && 2 * good > times) {
            return Verdict.HELPING;
        }
        return Verdict.UNCLEAR;
    }

    private static final class Tally {
        private String name;
        private int times;
        private int eased;
        private int centralized;
        private int worse;
        private int spread;

        void add(ExerciseDone exercise) {
            name = exercise.name();
            times++;
            if (exercise.response() == null) {
                return;
            }
            switch (exercise.response()) {
                case EASED -> eased++;
                case CENTRALIZED -> centralized++;
                case WORSE -> worse++;
                case SPREAD -> spread++;
                case NO_CHANGE -> {
                    // counted in times only
                }
            }
        }

        ExerciseResponse response(String exerciseId) {
            return new ExerciseResponse(exerciseId, name, times, eased, centralized, worse, spread,
                    verdict(times, eased + centralized, spread));
        }
    }
}
