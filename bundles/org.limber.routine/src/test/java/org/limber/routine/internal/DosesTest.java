package org.limber.routine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.limber.routine.api.ItemDose;

class DosesTest {
    @Test
    void overridesWinAndTheRestComesFromTheExercise() {
        ItemDose exercise = new ItemDose(30, null, 3, true, null, null);
        ItemDose resolved = Doses.resolve(new ItemDose(45, null, null, null, null, null), exercise);
        assertEquals(new ItemDose(45, 0, 3, true, Doses.DEFAULT_REST_SECONDS, 0), resolved);
    }

    @Test
    void anExerciseWithoutADoseIsDoneOnceAtTheUsersPace() {
        assertEquals(new ItemDose(0, 1, 1, false, 0, 0), Doses.resolve(ItemDose.DEFAULT, ItemDose.DEFAULT));
    }

    @Test
    void aTimedActivityKeepsItsMinutes() {
        ItemDose walk = Doses.resolve(new ItemDose(null, null, null, null, null, 2),
                new ItemDose(null, null, null, false, null, 5));
        assertEquals(new ItemDose(0, 0, 1, false, 0, 2), walk);
    }
}
