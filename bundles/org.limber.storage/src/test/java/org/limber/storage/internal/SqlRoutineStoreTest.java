package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.catalog.api.model.Phase;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.PersonalExercise;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.storage.api.RoutineStore;

class SqlRoutineStoreTest {
    private static final Instant LATER = Instant.parse("2026-11-22T19:05:00.456Z");

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private RoutineStore routines;
    private long ann;

    private void open(Dialect dialect) throws Exception {
        SqlStorage storage = TestStorage.start(dialect, base, POSTGRES);
        routines = storage.routines();
        ann = TestStorage.user(storage, "ann");
    }

    @EachDialect
    void aRoutineReadsBackWithEveryField(Dialect dialect) throws Exception {
        open(dialect);
        RoutineData full = RoutineFixtures.fullRoutine();
        Routine added = routines.insertRoutine(ann, full, "sciatica.bedtime",
                Instant.parse("2026-11-21T08:30:00.123456Z"));
        assertEquals(new Routine(added.id(), full.name(), full.notes(), full.days(), full.sections(),
                full.keptDespiteStop(), "sciatica.bedtime", NOW, NOW), added, "stored to the millisecond");
        assertEquals(Optional.of(added), routines.routine(ann, added.id()));

        Routine bare = routines.insertRoutine(ann, RoutineFixtures.bareRoutine("Walk"), null, NOW);
        Routine read = routines.routine(ann, bare.id()).orElseThrow();
        assertEquals(bare, read);
        assertEquals(List.of(), read.sections());
        assertEquals(Set.of(), read.days());
        assertEquals(null, read.notes());
        assertEquals(null, read.templateId());
        assertEquals(List.of(added, bare), routines.routines(ann), "oldest first");
        assertEquals(Optional.empty(), routines.routine(ann, bare.id() + 1000));
    }

    @EachDialect
    void anUpdateReplacesEverythingButTheTemplateAndCreationTime(Dialect dialect) throws Exception {
        open(dialect);
        Routine added = routines.insertRoutine(ann, RoutineFixtures.fullRoutine(), "sciatica.bedtime", NOW);
        RoutineData changed = RoutineFixtures.bareRoutine("Renamed");
        Routine updated = routines.updateRoutine(ann, added.id(), changed, LATER).orElseThrow();
        assertEquals(new Routine(added.id(), "Renamed", null, Set.of(), List.of(), Set.of(), "sciatica.bedtime", NOW,
                LATER), updated);
        assertEquals(Optional.of(updated), routines.routine(ann, added.id()));

        Routine back = routines.updateRoutine(ann, added.id(), RoutineFixtures.fullRoutine(), LATER).orElseThrow();
        assertEquals(RoutineFixtures.fullRoutine(), back.data());
        assertEquals(Optional.of(back), routines.routine(ann, added.id()));
        assertEquals(Optional.empty(), routines.updateRoutine(ann, added.id() + 1000, changed, LATER));
    }

    @EachDialect
    void aDeletedRoutineIsGone(Dialect dialect) throws Exception {
        open(dialect);
        Routine first = routines.insertRoutine(ann, RoutineFixtures.fullRoutine(), null, NOW);
        Routine second = routines.insertRoutine(ann, RoutineFixtures.bareRoutine("Walk"), null, NOW);
        assertTrue(routines.deleteRoutine(ann, first.id()));
        assertFalse(routines.deleteRoutine(ann, first.id()));
        assertEquals(List.of(second), routines.routines(ann));
    }

    @EachDialect
    void aPersonalExerciseReadsBackWithEveryField(Dialect dialect) throws Exception {
        open(dialect);
        PersonalExerciseData full = RoutineFixtures.fullExercise();
        PersonalExercise added = routines.insertPersonalExercise(ann, full, NOW);
        assertEquals(new PersonalExercise(added.id(), full, NOW, NOW), added);
        assertEquals(Optional.of(added), routines.personalExercise(ann, added.id()));
        assertEquals("personal:" + added.id(), added.exerciseId());

        PersonalExercise bare = routines.insertPersonalExercise(ann, RoutineFixtures.bareExercise("Pause"), NOW);
        assertEquals(Optional.of(bare), routines.personalExercise(ann, bare.id()));
        assertEquals(List.of(added, bare), routines.personalExercises(ann), "oldest first");

        PersonalExercise updated = routines.updatePersonalExercise(ann, added.id(),
                RoutineFixtures.bareExercise("Renamed"), LATER).orElseThrow();
        assertEquals(new PersonalExercise(added.id(), RoutineFixtures.bareExercise("Renamed"), NOW, LATER), updated);
        assertEquals(Optional.of(updated), routines.personalExercise(ann, added.id()));
        assertEquals(Optional.empty(), routines.updatePersonalExercise(ann, added.id() + 1000, full, LATER));

        assertTrue(routines.deletePersonalExercise(ann, added.id()));
        assertFalse(routines.deletePersonalExercise(ann, added.id()));
        assertEquals(List.of(bare), routines.personalExercises(ann));
    }

    @EachDialect
    void exclusionsAreReplacedAsAWhole(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(Set.of(), routines.exclusions(ann));
        routines.putExclusions(ann, EnumSet.allOf(Exclusion.class));
        assertEquals(EnumSet.allOf(Exclusion.class), routines.exclusions(ann));
        routines.putExclusions(ann, Set.of(Exclusion.NO_FACE_DOWN));
        assertEquals(Set.of(Exclusion.NO_FACE_DOWN), routines.exclusions(ann));
        routines.putExclusions(ann, Set.of());
        assertEquals(Set.of(), routines.exclusions(ann));
    }

    @EachDialect
    void thePhaseIsAbsentUntilSet(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(Optional.empty(), routines.phase(ann));
        for (Phase phase : Phase.values()) {
            routines.putPhase(ann, phase);
            assertEquals(Optional.of(phase), routines.phase(ann));
        }
    }
}
