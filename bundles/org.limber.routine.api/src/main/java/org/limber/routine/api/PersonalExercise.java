package org.limber.routine.api;

import java.time.Instant;

/** A stored personal exercise; routines refer to it as {@link #exerciseId()}. */
public record PersonalExercise(long id, PersonalExerciseData data, Instant createdAt, Instant updatedAt) {
    public static final String ID_PREFIX = "personal:";

    public String exerciseId() {
        return ID_PREFIX + id;
    }
}
