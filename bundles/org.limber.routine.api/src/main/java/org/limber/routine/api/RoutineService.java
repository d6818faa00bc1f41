package org.limber.routine.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.limber.catalog.api.model.Phase;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Routines, personal exercises, exclusions and phase, per user. Saving checks the sources' routine rules and
 * returns what applies; a warning with {@code needsConfirmation} (an exercise the user's journal flags "stop this
 * one" and the user has not kept in {@link RoutineData#keptDespiteStop()}) refuses the save with
 * {@link RoutineException.Kind#NEEDS_CONFIRMATION}. Each change posts {@link #CHANGED_TOPIC}.
 */
@ProviderType
public interface RoutineService {
    /** Event Admin topic posted after a routine is created, changed or deleted; never streamed to browsers. */
    String CHANGED_TOPIC = "org/limber/internal/routine/CHANGED";
    /** Event properties of {@link #CHANGED_TOPIC}: the user id and routine id (Long), deleted (Boolean). */
    String USER_ID = "userId";
    String ROUTINE_ID = "routineId";
    String DELETED = "deleted";

    List<Routine> routines(long userId);

    Optional<Routine> routine(long userId, long routineId);

    CheckedRoutine create(long userId, RoutineData data);

    CheckedRoutine update(long userId, long routineId, RoutineData data);

    void delete(long userId, long routineId);

    /** The rules that would apply if {@code data} were saved (as routine {@code routineId}, or a new one if null). */
    List<RoutineWarning> check(long userId, RoutineData data, Long routineId);

    /** With exercises resolved against the catalog and the user's personal exercises, for the player. */
    Optional<ResolvedRoutine> resolve(long userId, long routineId);

    /** Copies a pack template into the user's routines; {@code name} null keeps the template's name. */
    CheckedRoutine copyTemplate(long userId, String templateId, String name);

    List<PersonalExercise> personalExercises(long userId);

    PersonalExercise addPersonalExercise(long userId, PersonalExerciseData data);

    PersonalExercise updatePersonalExercise(long userId, long id, PersonalExerciseData data);

    /** Routines that use it keep the item, shown as unavailable. */
    void deletePersonalExercise(long userId, long id);

    Set<Exclusion> exclusions(long userId);

    Set<Exclusion> setExclusions(long userId, Set<Exclusion> exclusions);

    /** Whether an exclusion rules out this catalog or personal exercise. */
    boolean isExcluded(long userId, String exerciseId);

    Phase phase(long userId);

    Phase setPhase(long userId, Phase phase);

    Progression progression(long userId);
}
