package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;
import org.limber.storage.api.StorageException;

class SqlReminderStoreTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private SqlStorage storage;
    private ReminderStore reminders;
    private long ann;
    private long evening;
    private long morning;

    private void open(Dialect dialect) throws Exception {
        storage = TestStorage.start(dialect, base, POSTGRES);
        reminders = storage.reminders();
        ann = TestStorage.user(storage, "ann");
        evening = storage.routines().insertRoutine(ann, RoutineFixtures.fullRoutine(), null, NOW).id();
        morning = storage.routines().insertRoutine(ann, RoutineFixtures.bareRoutine("Morning"), null, NOW).id();
    }

    @EachDialect
    void aPlanIsPutReplacedAndDeleted(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(Optional.empty(), reminders.plan(ann, evening));
        ReminderPlan plan = RoutineFixtures.plan(evening, "email", "webhook");
        reminders.putPlan(ann, plan);
        assertEquals(Optional.of(plan), reminders.plan(ann, evening));
        assertEquals(List.of(LocalTime.of(7, 30), LocalTime.of(21, 0, 15)), reminders.plan(ann, evening)
                .orElseThrow().times());

        ReminderPlan empty = new ReminderPlan(morning, List.of(), List.of(), false);
        reminders.putPlan(ann, empty);
        assertEquals(List.of(plan, empty), reminders.plans(ann));

        ReminderPlan paused = new ReminderPlan(evening, List.of(LocalTime.of(20, 0)), List.of("browser"), false);
        reminders.putPlan(ann, paused);
        assertEquals(Optional.of(paused), reminders.plan(ann, evening));

        assertTrue(reminders.deletePlan(ann, evening));
        assertFalse(reminders.deletePlan(ann, evening));
        assertEquals(List.of(empty), reminders.plans(ann));
    }

    @EachDialect
    void aNewPlanIsNeverDueAndReplacingItsSettingsKeepsItsState(Dialect dialect) throws Exception {
        open(dialect);
        assertFalse(reminders.putState(ann, evening, state(NOW)), "no plan yet");
        reminders.putPlan(ann, RoutineFixtures.plan(evening, "email"));
        assertEquals(new ScheduleState(Set.of(), null, null, null), schedule(evening).state());
        assertEquals(Optional.empty(), reminders.earliestDue());

        ScheduleState state = state(NOW);
        assertTrue(reminders.putState(ann, evening, state));
        assertEquals(state, schedule(evening).state());
        assertEquals(Optional.of(NOW.plusSeconds(60)), reminders.earliestDue());

        reminders.putPlan(ann, new ReminderPlan(evening, List.of(LocalTime.NOON), List.of("browser"), true));
        assertEquals(state, schedule(evening).state(), "the settings change, the state stays");

        reminders.putPlan(ann, new ReminderPlan(evening, List.of(LocalTime.NOON), List.of("browser"), false));
        assertEquals(Optional.empty(), reminders.earliestDue(), "a paused plan is never due");
    }

    @EachDialect
    void schedulesCarryUserRoutineAndPreferences(Dialect dialect) throws Exception {
        open(dialect);
        long bob = TestStorage.user(storage, "bob");
        long bobs = storage.routines().insertRoutine(bob, RoutineFixtures.bareRoutine("Bob's"), null, NOW).id();
        reminders.putPlan(ann, RoutineFixtures.plan(evening, "email"));
        reminders.putPlan(ann, RoutineFixtures.plan(morning, "browser"));
        reminders.putPlan(bob, RoutineFixtures.plan(bobs, "webhook"));
        reminders.putPreferences(ann, RoutineFixtures.preferences());
        reminders.putState(ann, evening, state(NOW));

        List<ScheduleRow> anns = reminders.schedules(ann, 100);
        assertEquals(List.of(new ScheduleRow(ann, "ann", evening, "Evening routine",
                RoutineFixtures.plan(evening, "email"), state(NOW), RoutineFixtures.preferences()),
                new ScheduleRow(ann, "ann", morning, "Morning", RoutineFixtures.plan(morning, "browser"),
                        new ScheduleState(Set.of(), null, null, null), RoutineFixtures.preferences())), anns);
        assertEquals(List.of(new ScheduleRow(bob, "bob", bobs, "Bob's", RoutineFixtures.plan(bobs, "webhook"),
                new ScheduleState(Set.of(), null, null, null), ReminderPreferences.defaults())),
                reminders.schedules(bob, 100), "no preferences: the defaults");
        assertEquals(3, reminders.schedules(null, 100).size());
        assertEquals(List.of(evening, morning), reminders.schedules(null, 2).stream()
                .map(ScheduleRow::routineId).toList());
    }

    @EachDialect
    void preferencesAreAbsentUntilPutAndThenReplaced(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(Optional.empty(), reminders.preferences(ann));
        reminders.putPreferences(ann, RoutineFixtures.preferences());
        assertEquals(Optional.of(RoutineFixtures.preferences()), reminders.preferences(ann));
        reminders.putPreferences(ann, ReminderPreferences.defaults());
        assertEquals(Optional.of(ReminderPreferences.defaults()), reminders.preferences(ann));
    }

    @EachDialect
    void addressesKeepTheirOptions(Dialect dialect) throws Exception {
        open(dialect);
        assertEquals(List.of(), reminders.addresses(ann));
        ChannelAddress webhook = RoutineFixtures.webhook();
        ChannelAddress email = new ChannelAddress("email", "ann@example.org", Map.of());
        reminders.putAddress(ann, webhook);
        reminders.putAddress(ann, email);
        assertEquals(List.of(email, webhook), reminders.addresses(ann));
        assertEquals(webhook.options(), reminders.addresses(ann).get(1).options());

        ChannelAddress changed = new ChannelAddress("webhook", "https://gotify.example/x", Map.of("preset", "gotify"));
        reminders.putAddress(ann, changed);
        assertEquals(List.of(email, changed), reminders.addresses(ann));

        assertTrue(reminders.deleteAddress(ann, "webhook"));
        assertFalse(reminders.deleteAddress(ann, "webhook"));
        assertEquals(List.of(email), reminders.addresses(ann));
    }

    @EachDialect
    void theCalendarTokenHashFindsItsUserUntilRevoked(Dialect dialect) throws Exception {
        open(dialect);
        long bob = TestStorage.user(storage, "bob");
        assertFalse(reminders.hasCalendarToken(ann));
        assertEquals(Optional.empty(), reminders.userByCalendarTokenHash("hash-a"));

        reminders.putCalendarTokenHash(ann, "hash-a");
        reminders.putCalendarTokenHash(bob, "hash-b");
        assertTrue(reminders.hasCalendarToken(ann));
        assertEquals(Optional.of(ann), reminders.userByCalendarTokenHash("hash-a"));
        assertEquals(Optional.of(bob), reminders.userByCalendarTokenHash("hash-b"));
        assertEquals(Optional.of(ReminderPreferences.defaults()), reminders.preferences(ann),
                "the token needs a row: it has the defaults");

        reminders.putPreferences(ann, RoutineFixtures.preferences());
        reminders.putCalendarTokenHash(ann, "hash-a2");
        assertEquals(Optional.empty(), reminders.userByCalendarTokenHash("hash-a"), "the old token stops working");
        assertEquals(Optional.of(ann), reminders.userByCalendarTokenHash("hash-a2"));
        assertEquals(Optional.of(RoutineFixtures.preferences()), reminders.preferences(ann), "preferences stay");

        assertThrows(StorageException.class, () -> reminders.putCalendarTokenHash(bob, "hash-a2"),
                "a hash belongs to one user");
        reminders.putCalendarTokenHash(ann, null);
        assertFalse(reminders.hasCalendarToken(ann));
        assertEquals(Optional.empty(), reminders.userByCalendarTokenHash("hash-a2"));
        assertEquals(Optional.of(RoutineFixtures.preferences()), reminders.preferences(ann), "revoking keeps them");
        assertEquals(Optional.of(bob), reminders.userByCalendarTokenHash("hash-b"));
    }

    private ScheduleRow schedule(long routineId) {
        return reminders.schedules(ann, 100).stream().filter(row -> row.routineId() == routineId).findFirst()
                .orElseThrow();
    }

    private static ScheduleState state(Instant now) {
        return new ScheduleState(Set.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), now.plusSeconds(60), now.plusSeconds(600),
                now.minusSeconds(3600));
    }
}
