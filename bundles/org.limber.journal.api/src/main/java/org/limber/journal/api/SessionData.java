package org.limber.journal.api;

import java.time.Instant;
import java.util.List;

/**
 * A stretching session as the user logs it.
 *
 * @param routineId       the routine followed, or {@code null}
 * @param routineName     its name at the time, or {@code null}
 * @param durationMinutes how long it took, or {@code null}
 * @param exercises       in the order done (at most 100)
 * @param notes           at most 2000 characters, or {@code null}
 */
public record SessionData(Instant at, String routineId, String routineName, Integer durationMinutes,
                          List<ExerciseDone> exercises, String notes) {
    public SessionData {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }
}
