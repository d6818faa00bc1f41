package org.limber.reminder.internal;

import java.util.List;

/** The names of a routine's exercises in order, for reminders whose user opted into detailed text. */
@FunctionalInterface
interface ExerciseNames {
    ExerciseNames NONE = (userId, routineId) -> List.of();

    List<String> of(long userId, long routineId);
}
