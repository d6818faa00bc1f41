package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;

/** Claiming due reminder plans: which are taken, what the decisions change, the deliveries and the daily cap. */
class ClaimDueTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private DataSource dataSource;
    private SqlStorage storage;
    private ReminderStore reminders;
    private long ann;

    private void open(Dialect dialect) throws Exception {
        dataSource = TestStorage.database(dialect, base, POSTGRES);
        storage = SqlStorage.start(dataSource);
        reminders = storage.reminders();
        ann = TestStorage.user(storage, "ann");
    }

    /** A routine of the user with a plan on those channels, due at {@code due} (enabled or not). */
    private long planned(long userId, String name, Instant due, boolean enabled, String... channels) {
        long routine = storage.routines().insertRoutine(userId, RoutineFixtures.bareRoutine(name), null, NOW).id();
        ReminderPlan plan = RoutineFixtures.plan(routine, channels);
        reminders.putPlan(userId, new ReminderPlan(routine, plan.times(), plan.channelIds(), enabled));
        reminders.putState(userId, routine, new ScheduleState(Set.of(DayOfWeek.SATURDAY), due, null, null));
        return routine;
    }

    /** Sends each plan's reminder at its due time, next due tomorrow, with the cap given. */
    private static Function<ScheduleRow, DueDecision> sending(List<ScheduleRow> seen, Integer cap, LocalDate day) {
        return row -> {
            seen.add(row);
            return new DueDecision(TOMORROW, null, new DueDecision.Send(row.state().nextDue(), day, cap, "Limber",
                    "Time for your " + row.routineName(), "/player/" + row.routineId()));
        };
    }

    @EachDialect
    void dueEnabledPlansAreClaimedEarliestFirstAndTheirDecisionsApplied(Dialect dialect) throws Exception {
        open(dialect);
        long bob = TestStorage.user(storage, "bob");
        reminders.putPreferences(ann, RoutineFixtures.preferences());
        long evening = planned(ann, "Evening", NOW.minusSeconds(60), true, "email", "webhook");
        planned(ann, "Later", NOW.plusSeconds(3600), true, "email");
        planned(ann, "Paused", NOW.minusSeconds(120), false, "email");
        long bobs = planned(bob, "Bob's", NOW.minusSeconds(30), true, "browser");

        List<ScheduleRow> seen = new ArrayList<>();
        Instant snoozed = NOW.plusSeconds(600);
        int inserted = reminders.claimDue(NOW, 10, row -> {
            seen.add(row);
            return row.routineId() == bobs
                    ? new DueDecision(snoozed, snoozed, null)
                    : new DueDecision(TOMORROW, null, new DueDecision.Send(row.state().nextDue(), TODAY, null,
                            "Limber", "Time for your evening routine", "/player/" + row.routineId()));
        });

        assertEquals(2, inserted, "one delivery per channel of the plan that sends");
        assertEquals(List.of(
                new ScheduleRow(ann, "ann", evening, "Evening", RoutineFixtures.plan(evening, "email", "webhook"),
                        new ScheduleState(Set.of(DayOfWeek.SATURDAY), NOW.minusSeconds(60), null, null),
                        RoutineFixtures.preferences()),
                new ScheduleRow(bob, "bob", bobs, "Bob's", RoutineFixtures.plan(bobs, "browser"),
                        new ScheduleState(Set.of(DayOfWeek.SATURDAY), NOW.minusSeconds(30), null, null),
                        ReminderPreferences.defaults())), seen, "earliest first, paused and later ones left");
        assertEquals(new ScheduleState(Set.of(DayOfWeek.SATURDAY), TOMORROW, null, null), state(ann, evening));
        assertEquals(new ScheduleState(Set.of(DayOfWeek.SATURDAY), snoozed, snoozed, null), state(bob, bobs));

        Instant due = NOW.minusSeconds(60);
        List<Delivery> deliveries = reminders.deliveries(ann, 10);
        assertEquals(List.of(
                new Delivery(deliveries.get(0).id(), evening, "Evening", "webhook", due, DeliveryStatus.PENDING, 0, due,
                        null, false, List.of()),
                new Delivery(deliveries.get(1).id(), evening, "Evening", "email", due, DeliveryStatus.PENDING, 0, due,
                        null, false, List.of())), deliveries);
        assertEquals(List.of(), reminders.deliveries(bob, 10));

        seen.clear();
        assertEquals(0, reminders.claimDue(NOW, 10, sending(seen, null, TODAY)));
        assertEquals(List.of(), seen, "nothing is due any more");
        assertEquals(Optional.of(NOW.plusSeconds(600)), reminders.earliestDue());
    }

    @EachDialect
    void aClaimTakesAtMostItsLimit(Dialect dialect) throws Exception {
        open(dialect);
        List<Long> routines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            routines.add(planned(ann, "R" + i, NOW.minusSeconds(100 - i), true, "email"));
        }
        List<ScheduleRow> seen = new ArrayList<>();
        assertEquals(2, reminders.claimDue(NOW, 2, sending(seen, null, TODAY)));
        assertEquals(routines.subList(0, 2), seen.stream().map(ScheduleRow::routineId).toList());
        assertEquals(3, reminders.claimDue(NOW, 10, sending(seen, null, TODAY)));
        assertEquals(routines, seen.stream().map(ScheduleRow::routineId).toList());
        assertEquals(0, reminders.claimDue(NOW, 0, sending(seen, null, TODAY)));
    }

    @EachDialect
    void theDailyCapIsCheckedAndCountedPerUserAndDay(Dialect dialect) throws Exception {
        open(dialect);
        long bob = TestStorage.user(storage, "bob");
        long annsFirst = planned(ann, "First", NOW.minusSeconds(60), true, "email");
        long annsSecond = planned(ann, "Second", NOW.minusSeconds(60), true, "email", "browser");
        planned(bob, "Bob's first", NOW.minusSeconds(50), true, "email");
        planned(bob, "Bob's second", NOW.minusSeconds(50), true, "email");

        List<ScheduleRow> seen = new ArrayList<>();
        assertEquals(2, reminders.claimDue(NOW, 10, sending(seen, 1, TODAY)),
                "one reminder each for ann and bob, with a cap of 1");
        assertEquals(4, seen.size(), "every plan was rescheduled");
        assertEquals(1, reminders.deliveries(ann, 10).stream().map(Delivery::routineId).distinct().count());
        assertEquals(1, reminders.deliveries(bob, 10).size());
        assertEquals(Optional.of(ReminderPreferences.defaults()), reminders.preferences(ann),
                "counting made the preferences row, with the defaults");

        // Due again the same day: the cap is reached.
        for (long routine : List.of(annsFirst, annsSecond)) {
            reminders.putState(ann, routine, new ScheduleState(Set.of(), NOW.minusSeconds(10), null, null));
        }
        assertEquals(0, reminders.claimDue(NOW, 10, sending(seen, 1, TODAY)));
        // The next day counts anew; a cap of 2 lets both through; no cap, everything.
        for (long routine : List.of(annsFirst, annsSecond)) {
            reminders.putState(ann, routine, new ScheduleState(Set.of(), NOW.minusSeconds(10), null, null));
        }
        assertEquals(3, reminders.claimDue(NOW, 10, sending(seen, 2, TODAY.plusDays(1))));
        for (long routine : List.of(annsFirst, annsSecond)) {
            reminders.putState(ann, routine, new ScheduleState(Set.of(), NOW.minusSeconds(10), null, null));
        }
        assertEquals(0, reminders.claimDue(NOW, 10, sending(seen, 2, TODAY.plusDays(1))));
        for (long routine : List.of(annsFirst, annsSecond)) {
            reminders.putState(ann, routine, new ScheduleState(Set.of(), NOW.minusSeconds(10), null, null));
        }
        assertEquals(3, reminders.claimDue(NOW, 10, sending(seen, null, TODAY.plusDays(1))));
    }

    @EachDialect
    void aPlanWithoutChannelsSendsNothingAndCountsNothing(Dialect dialect) throws Exception {
        open(dialect);
        long silent = planned(ann, "Silent", NOW.minusSeconds(60), true);
        long loud = planned(ann, "Loud", NOW.minusSeconds(30), true, "email");
        List<ScheduleRow> seen = new ArrayList<>();
        assertEquals(1, reminders.claimDue(NOW, 10, sending(seen, 1, TODAY)));
        assertEquals(List.of(silent, loud), seen.stream().map(ScheduleRow::routineId).toList());
        assertEquals(List.of(loud), reminders.deliveries(ann, 10).stream().map(Delivery::routineId).toList());
    }

    /** A plan another transaction (another node) holds is skipped, not waited for, and claimed once released. */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "POSTGRESQL")
    void aPlanAnotherNodeHoldsIsSkipped(Dialect dialect) throws Exception {
        open(dialect);
        long held = planned(ann, "Held", NOW.minusSeconds(60), true, "email");
        long free = planned(ann, "Free", NOW.minusSeconds(30), true, "email");
        List<ScheduleRow> seen = new ArrayList<>();
        try (Connection node = dataSource.getConnection()) {
            node.setAutoCommit(false);
            try (PreparedStatement lock = node.prepareStatement(
                    "SELECT routine_id FROM reminder_plans WHERE routine_id = ? FOR UPDATE")) {
                lock.setLong(1, held);
                lock.executeQuery().close();
            }
            assertEquals(1, reminders.claimDue(NOW, 10, sending(seen, null, TODAY)));
            assertEquals(List.of(free), seen.stream().map(ScheduleRow::routineId).toList());
            node.rollback();
        }
        assertEquals(1, reminders.claimDue(NOW, 10, sending(seen, null, TODAY)));
        assertEquals(List.of(free, held), seen.stream().map(ScheduleRow::routineId).toList());
    }

    /** A routine being deleted (its row locked by the delete) is passed over instead of deadlocking with it. */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "POSTGRESQL")
    void aRoutineBeingDeletedIsSkipped(Dialect dialect) throws Exception {
        open(dialect);
        long deleted = planned(ann, "Deleted", NOW.minusSeconds(60), true, "email");
        long kept = planned(ann, "Kept", NOW.minusSeconds(30), true, "email");
        List<ScheduleRow> seen = new ArrayList<>();
        try (Connection node = dataSource.getConnection()) {
            node.setAutoCommit(false);
            try (PreparedStatement lock = node.prepareStatement("SELECT id FROM routines WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, deleted);
                lock.executeQuery().close();
            }
            assertEquals(1, reminders.claimDue(NOW, 10, sending(seen, null, TODAY)));
            node.rollback();
        }
        assertEquals(List.of(kept), seen.stream().map(ScheduleRow::routineId).toList());
        assertTrue(storage.routines().deleteRoutine(ann, deleted));
        assertEquals(0, reminders.claimDue(NOW, 10, sending(seen, null, TODAY)));
    }

    private ScheduleState state(long userId, long routineId) {
        return reminders.schedules(userId, 100).stream().filter(row -> row.routineId() == routineId).findFirst()
                .orElseThrow().state();
    }
}
