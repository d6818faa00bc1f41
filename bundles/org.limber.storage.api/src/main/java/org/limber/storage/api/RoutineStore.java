package org.limber.storage.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.limber.catalog.api.model.Phase;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Routines, personal exercises, exclusions and the user's phase. Every method is scoped to one user: another user's
 * id behaves like one that does not exist. Data arrives validated by the routine service. Deleting a routine also
 * deletes its reminder plan and deliveries.
 */
@ProviderType
public interface RoutineStore {
    /** Oldest first. */
    List<Routine> routines(long userId);

    Optional<Routine> routine(long userId, long routineId);

    Routine insertRoutine(long userId, RoutineData data, String templateId, Instant at);

    Optional<Routine> updateRoutine(long userId, long routineId, RoutineData data, Instant at);

    boolean deleteRoutine(long userId, long routineId);

    /** Oldest first. */
    List<PersonalExercise> personalExercises(long userId);

    Optional<PersonalExercise> personalExercise(long userId, long id);

    PersonalExercise insertPersonalExercise(long userId, PersonalExerciseData data, Instant at);

    Optional<PersonalExercise> updatePersonalExercise(long userId, long id, PersonalExerciseData data, Instant at);

    boolean deletePersonalExercise(long userId, long id);

    Set<Exclusion> exclusions(long userId);

    void putExclusions(long userId, Set<Exclusion> exclusions);

    Optional<Phase> phase(long userId);

    void putPhase(long userId, Phase phase);
}
