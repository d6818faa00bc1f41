package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.reminder.api.DeliveryAttempt;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.ReminderPlan;
import org.limber.routine.api.Routine;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.RoutineStore;
import org.limber.storage.api.ScheduleState;

/**
 * One user's routines and reminders, by id, are invisible and untouchable to another: exactly as ids that do not
 * exist. Deleting an account or a routine takes everything that belongs to it, and nothing else.
 */
class RoutineIsolationTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private DataSource dataSource;
    private SqlStorage storage;
    private RoutineStore routines;
    private ReminderStore reminders;
    private long ann;
    private long bob;
    private RoutineFixtures.Owned anns;

    private void open(Dialect dialect) throws Exception {
        dataSource = TestStorage.database(dialect, base, POSTGRES);
        storage = SqlStorage.start(dataSource);
        routines = storage.routines();
        reminders = storage.reminders();
        ann = TestStorage.user(storage, "ann");
        bob = TestStorage.user(storage, "bob");
        anns = RoutineFixtures.fill(storage, ann);
    }

    @EachDialect
    void anotherUserReadsNothing(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(List.of(), routines.routines(bob));
        assertEquals(Optional.empty(), routines.routine(bob, anns.routineId()));
        assertEquals(List.of(), routines.personalExercises(bob));
        assertEquals(Optional.empty(), routines.personalExercise(bob, anns.exerciseId()));
        assertEquals(Set.of(), routines.exclusions(bob));
        assertEquals(Optional.empty(), routines.phase(bob));
        assertEquals(List.of(), reminders.plans(bob));
        assertEquals(Optional.empty(), reminders.plan(bob, anns.routineId()));
        assertEquals(List.of(), reminders.schedules(bob, 100));
        assertEquals(List.of(), reminders.deliveries(bob, 100));
        assertEquals(Optional.empty(), reminders.preferences(bob));
        assertEquals(List.of(), reminders.addresses(bob));
        assertFalse(reminders.hasCalendarToken(bob));
    }

    @EachDialect
    void anotherUserChangesNothing(Dialect dialect) throws Exception {
        open(dialect);
        Map<String, Integer> before = TestStorage.rowCounts(dataSource);
        Routine annsRoutine = routines.routine(ann, anns.routineId()).orElseThrow();
        ReminderPlan annsPlan = reminders.plan(ann, anns.routineId()).orElseThrow();
        Instant later = NOW.plusSeconds(60);

        assertEquals(Optional.empty(), routines.updateRoutine(bob, anns.routineId(),
                RoutineFixtures.bareRoutine("Mine now"), later));
        assertFalse(routines.deleteRoutine(bob, anns.routineId()));
        assertEquals(Optional.empty(), routines.updatePersonalExercise(bob, anns.exerciseId(),
                RoutineFixtures.bareExercise("Mine now"), later));
        assertFalse(routines.deletePersonalExercise(bob, anns.exerciseId()));
        reminders.putPlan(bob, new ReminderPlan(anns.routineId(), List.of(), List.of("email"), false));
        assertFalse(reminders.putState(bob, anns.routineId(), new ScheduleState(Set.of(), null, null, null)));
        assertFalse(reminders.deletePlan(bob, anns.routineId()));
        assertFalse(reminders.deleteAddress(bob, "webhook"));
        assertEquals(before, TestStorage.rowCounts(dataSource));

        assertEquals(Optional.of(annsRoutine), routines.routine(ann, anns.routineId()));
        assertEquals(Optional.of(annsPlan), reminders.plan(ann, anns.routineId()));
        assertEquals(1, reminders.schedules(ann, 10).size());
        assertEquals(NOW.plusSeconds(86400), reminders.schedules(ann, 10).get(0).state().nextDue());
    }

    @EachDialect
    void deletingAnAccountDeletesItsRoutinesAndRemindersAndNothingElse(Dialect dialect) throws Exception {
        dataSource = TestStorage.database(dialect, base, POSTGRES);
        storage = SqlStorage.start(dataSource);
        bob = TestStorage.user(storage, "bob");
        RoutineFixtures.fill(storage, bob);
        Map<String, Integer> bobsOnly = TestStorage.rowCounts(dataSource);
        ann = TestStorage.user(storage, "ann");
        RoutineFixtures.fill(storage, ann);
        for (String table : TestStorage.TABLES) {
            if (!List.of("sessions", "app_settings").contains(table) && !table.startsWith("journal_")) {
                assertTrue(TestStorage.rowCounts(dataSource).get(table) > bobsOnly.get(table), table + " has ann's");
            }
        }
        assertTrue(storage.users().delete(ann));
        assertEquals(bobsOnly, TestStorage.rowCounts(dataSource));
        assertEquals(1, storage.routines().routines(bob).size());
        assertEquals(Optional.of(bob), storage.reminders().userByCalendarTokenHash("token-hash-of-" + bob));
        assertEquals(Optional.empty(), storage.reminders().userByCalendarTokenHash("token-hash-of-" + ann));
    }

    @EachDialect
    void deletingARoutineDeletesItsPlanAndDeliveries(Dialect dialect) throws Exception {
        open(dialect);
        Map<String, Integer> before = TestStorage.rowCounts(dataSource);
        Routine other = routines.insertRoutine(ann, RoutineFixtures.fullRoutine(), null, NOW);
        reminders.putPlan(ann, RoutineFixtures.plan(other.id(), "webhook", "email"));
        reminders.putState(ann, other.id(), new ScheduleState(Set.of(), NOW, null, null));
        assertEquals(2, reminders.claimDue(NOW, 10, row -> new DueDecision(null, null,
                new DueDecision.Send(NOW, LocalDate.of(2026, 11, 21), null, "Limber",
                        "Time", null))));
        long delivery = reminders.deliveries(ann, 1).get(0).id();
        reminders.recordAttempt(delivery, new DeliveryAttempt(NOW, "retryable", "503", 3),
                DeliveryStatus.RETRYING, NOW.plusSeconds(30), "503");

        assertTrue(routines.deleteRoutine(ann, other.id()));
        assertEquals(before, TestStorage.rowCounts(dataSource));
        assertEquals(List.of(anns.routineId()), routines.routines(ann).stream().map(Routine::id).toList());
        assertEquals(1, reminders.deliveries(ann, 10).size());
    }
}
