package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.ChannelInfo;
import org.limber.reminder.api.ReminderException;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.reminder.api.UpcomingReminder;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;

/** The reminder service on real SQLite storage: validation, recomputed schedules, channels, addresses, calendar. */
class RemindersTest {
    private static final Instant START = Instant.parse("2026-11-21T10:00:00Z"); // a Saturday
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @TempDir
    Path folder;

    private Fixture f;
    private TestChannel email;
    private long ann;
    private long bob;
    private Routine annsRoutine;

    @BeforeEach
    void open() {
        f = new Fixture(folder, START, Settings.defaults());
        email = new TestChannel("email", "Email address", TestChannel.DELIVER);
        f.engine.addChannel("email", email);
        f.engine.addChannel("browser", new TestChannel("browser", null, TestChannel.DELIVER));
        ann = f.user("ann");
        bob = f.user("bob");
        annsRoutine = f.routine(ann, "Morning", WEEKDAYS);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void invalid(String field, Executable call) {
        ReminderException e = assertThrows(ReminderException.class, call);
        assertEquals(ReminderException.Kind.INVALID, e.kind(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
    }

    private static void notFound(Executable call) {
        assertEquals(ReminderException.Kind.NOT_FOUND, assertThrows(ReminderException.class, call).kind());
    }

    private ReminderPlan plan(String... times) {
        return new ReminderPlan(annsRoutine.id(), java.util.Arrays.stream(times).map(LocalTime::parse).toList(),
                List.of("email"), true);
    }

    @Test
    void planIsValidatedSortedAndScheduledOnTheRoutinesDays() {
        assertEquals(new ReminderPlan(annsRoutine.id(), List.of(), List.of(), false), f.reminders.plan(ann,
                annsRoutine.id()), "none yet: an empty disabled plan");
        ReminderPlan saved = f.reminders.setPlan(ann, plan("18:30:45", "07:15"));
        assertEquals(List.of(LocalTime.of(7, 15), LocalTime.of(18, 30)), saved.times());
        assertEquals(saved, f.reminders.plan(ann, annsRoutine.id()));
        assertEquals(List.of(saved), f.reminders.plans(ann));
        // Saturday now: Monday 07:15 UTC is the first on a weekday
        assertEquals(Instant.parse("2026-11-23T07:15:00Z"), f.reminders.upcoming(ann, 5).get(0).at());
        assertEquals(List.of(Instant.parse("2026-11-23T07:15:00Z"), Instant.parse("2026-11-23T18:30:00Z"),
                Instant.parse("2026-11-24T07:15:00Z")), f.reminders.upcoming(ann, 3).stream()
                .map(UpcomingReminder::at).toList());

        notFound(() -> f.reminders.setPlan(bob, plan("08:00")));
        notFound(() -> f.reminders.plan(bob, annsRoutine.id()));
        notFound(() -> f.reminders.setPlan(ann, new ReminderPlan(9999, List.of(), List.of(), true)));
        invalid("/times", () -> f.reminders.setPlan(ann, new ReminderPlan(annsRoutine.id(),
                IntStream.range(0, 13).mapToObj(h -> LocalTime.of(h, 0)).toList(), List.of(), true)));
        invalid("/times/1", () -> f.reminders.setPlan(ann, plan("08:00", "08:00:30")));
        invalid("/channelIds/0", () -> f.reminders.setPlan(ann, new ReminderPlan(annsRoutine.id(), List.of(),
                List.of("Email!"), true)));
        invalid("/channelIds/1", () -> f.reminders.setPlan(ann, new ReminderPlan(annsRoutine.id(), List.of(),
                List.of("email", "email"), true)));
        assertTrue(f.reminders.plans(bob).isEmpty());
    }

    @Test
    void disabledPlanHasNoUpcomingReminders() {
        f.reminders.setPlan(ann, new ReminderPlan(annsRoutine.id(), List.of(LocalTime.NOON), List.of("email"), false));
        assertTrue(f.reminders.upcoming(ann, 10).isEmpty());
        f.reminders.setPlan(ann, plan("12:00"));
        assertEquals(1, f.reminders.upcoming(ann, 1).size());
    }

    @Test
    void changedRoutineDaysMoveTheNextReminder() {
        f.reminders.setPlan(ann, plan("07:15"));
        assertEquals(Instant.parse("2026-11-23T07:15:00Z"), f.reminders.upcoming(ann, 1).get(0).at());
        f.storage.routines().updateRoutine(ann, annsRoutine.id(), new RoutineData("Morning", null,
                EnumSet.of(DayOfWeek.SUNDAY), annsRoutine.sections(), Set.of()), START);
        f.reminders.routineChanged(ann, annsRoutine.id());
        assertEquals(Instant.parse("2026-11-22T07:15:00Z"), f.reminders.upcoming(ann, 1).get(0).at());
        f.storage.routines().updateRoutine(ann, annsRoutine.id(), new RoutineData("Morning", null, Set.of(),
                annsRoutine.sections(), Set.of()), START);
        f.reminders.routineChanged(ann, annsRoutine.id());
        assertTrue(f.reminders.upcoming(ann, 1).isEmpty(), "no days: never");
        f.reminders.routineChanged(bob, annsRoutine.id()); // another user's id changes nothing
    }

    @Test
    void preferencesAreValidatedAndMoveEveryPlan() {
        assertEquals(ReminderPreferences.defaults(), f.reminders.preferences(ann));
        f.reminders.setPlan(ann, plan("07:15"));
        ReminderPreferences berlin = new ReminderPreferences("Europe/Berlin", LocalTime.of(22, 0),
                LocalTime.of(7, 30), 3, 15, true);
        assertEquals(berlin, f.reminders.setPreferences(ann, berlin));
        assertEquals(berlin, f.reminders.preferences(ann));
        // 07:15 falls in quiet hours until 07:30 Berlin time (06:30Z)
        assertEquals(Instant.parse("2026-11-23T06:30:00Z"), f.reminders.upcoming(ann, 1).get(0).at());

        invalid("/timeZone", () -> f.reminders.setPreferences(ann, new ReminderPreferences("Mars/Olympus", null,
                null, null, 10, false)));
        invalid("/timeZone", () -> f.reminders.setPreferences(ann, new ReminderPreferences("+02:00", null, null,
                null, 10, false)));
        invalid("/quietUntil", () -> f.reminders.setPreferences(ann, new ReminderPreferences("UTC",
                LocalTime.of(22, 0), null, null, 10, false)));
        invalid("/quietUntil", () -> f.reminders.setPreferences(ann, new ReminderPreferences("UTC",
                LocalTime.of(22, 0), LocalTime.of(22, 0), null, 10, false)));
        invalid("/dailyCap", () -> f.reminders.setPreferences(ann, new ReminderPreferences("UTC", null, null, 0, 10,
                false)));
        invalid("/dailyCap", () -> f.reminders.setPreferences(ann, new ReminderPreferences("UTC", null, null, 51, 10,
                false)));
        invalid("/snoozeMinutes", () -> f.reminders.setPreferences(ann, new ReminderPreferences("UTC", null, null,
                null, 4, false)));
        invalid("/snoozeMinutes", () -> f.reminders.setPreferences(ann, new ReminderPreferences("UTC", null, null,
                null, 241, false)));
        assertEquals(berlin, f.reminders.preferences(ann), "unchanged by refused updates");
        assertEquals(ReminderPreferences.defaults(), f.reminders.preferences(bob));
    }

    @Test
    void snoozeAndDoneNeedTheUsersOwnRoutine() {
        notFound(() -> f.reminders.snooze(bob, annsRoutine.id(), 10));
        notFound(() -> f.reminders.done(bob, annsRoutine.id()));
        notFound(() -> f.reminders.snooze(ann, annsRoutine.id(), 10)); // no plan yet
        f.reminders.done(ann, annsRoutine.id()); // nothing to silence: fine
        f.reminders.setPlan(ann, plan("07:15"));
        invalid("/minutes", () -> f.reminders.snooze(ann, annsRoutine.id(), 0));
        UpcomingReminder snoozed = f.reminders.snooze(ann, annsRoutine.id(), 30);
        assertEquals(new UpcomingReminder(annsRoutine.id(), "Morning", START.plusSeconds(1800), true), snoozed);
        List<UpcomingReminder> upcoming = f.reminders.upcoming(ann, 2);
        assertEquals(List.of(snoozed, new UpcomingReminder(annsRoutine.id(), "Morning",
                Instant.parse("2026-11-23T07:15:00Z"), false)), upcoming);
    }

    @Test
    void channelsListTheInstalledAndThosePlansNameAndSayWhatIsReady() {
        f.reminders.setPlan(ann, new ReminderPlan(annsRoutine.id(), List.of(LocalTime.NOON), List.of("email",
                "webhook"), true));
        List<ChannelInfo> channels = f.reminders.channels(ann);
        assertEquals(List.of("browser", "email", "webhook"), channels.stream().map(ChannelInfo::id).toList());
        assertEquals(new ChannelInfo("browser", "Test browser", true, null, List.of("preset"), true), channels.get(0));
        assertEquals(new ChannelInfo("email", "Test email", true, "Email address", List.of("preset"), false),
                channels.get(1), "no address yet");
        assertEquals(new ChannelInfo("webhook", "webhook", false, null, List.of(), false), channels.get(2));
        f.reminders.setAddress(ann, new ChannelAddress("email", "ann@example.org", Map.of()));
        assertTrue(f.reminders.channels(ann).get(1).ready());
        assertEquals(List.of("browser", "email"), f.reminders.channels(bob).stream().map(ChannelInfo::id).toList());
    }

    @Test
    void addressesAreCheckedByTheirChannel() {
        ChannelAddress saved = f.reminders.setAddress(ann, new ChannelAddress("email", "  ann@example.org ",
                Map.of("preset", "plain")));
        assertEquals(new ChannelAddress("email", "ann@example.org", Map.of("preset", "plain")), saved);
        assertEquals(List.of(saved), f.reminders.addresses(ann));
        assertTrue(f.reminders.addresses(bob).isEmpty());
        invalid("/channelId", () -> f.reminders.setAddress(ann, new ChannelAddress("sms", "+4912345", Map.of())));
        invalid("/address", () -> f.reminders.setAddress(ann, new ChannelAddress("email", " ", Map.of())));
        invalid("/address", () -> f.reminders.setAddress(ann, new ChannelAddress("email", "bad@example.org",
                Map.of())));
        invalid("/address", () -> f.reminders.setAddress(ann, new ChannelAddress("email", "x".repeat(501),
                Map.of())));
        invalid("/options/secret", () -> f.reminders.setAddress(ann, new ChannelAddress("email", "a@example.org",
                Map.of("secret", "s"))));
        f.reminders.deleteAddress(ann, "email");
        assertTrue(f.reminders.addresses(ann).isEmpty());
        f.reminders.deleteAddress(ann, "email"); // gone already: fine
    }

    @Test
    void testMessagesGoToTheUsersOwnAddress() throws Exception {
        invalid("/address", () -> f.reminders.sendTest(ann, "email"));
        notFound(() -> f.reminders.sendTest(ann, "sms"));
        f.reminders.setAddress(ann, new ChannelAddress("email", "ann@example.org", Map.of()));
        assertInstanceOf(DeliveryOutcome.Delivered.class, f.reminders.sendTest(ann, "email"));
        assertEquals("ann@example.org", email.received.poll().recipient());
        assertInstanceOf(DeliveryOutcome.Delivered.class, f.reminders.sendTest(ann, "browser"));
        DeliveryOutcome refused = f.reminders.sendTest("email", new ChannelAddress("email", "bad@example.org",
                Map.of()));
        assertEquals(new DeliveryOutcome.Failed(false, "That address cannot receive reminders"), refused);
        assertInstanceOf(DeliveryOutcome.Delivered.class, f.reminders.sendTest("email",
                new ChannelAddress("email", "admin@example.org", Map.of())));
        assertEquals(TestSender.TEXT, email.received.poll().text());
        assertTrue(f.reminders.deliveries(ann, 50).isEmpty(), "tests are not in the delivery log");
    }

    @Test
    void calendarFeedBehindARevocableToken() {
        f.reminders.setPlan(ann, plan("07:15"));
        assertFalse(f.reminders.hasCalendarToken(ann));
        String token = f.reminders.newCalendarToken(ann);
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertTrue(f.reminders.hasCalendarToken(ann));
        String feed = f.reminders.calendar(token).orElseThrow();
        assertTrue(feed.contains("SUMMARY:Morning\r\n"));
        assertTrue(feed.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"));

        String second = f.reminders.newCalendarToken(ann);
        assertTrue(f.reminders.calendar(token).isEmpty(), "the old token stops working");
        assertTrue(f.reminders.calendar(second).isPresent());
        f.reminders.revokeCalendarToken(ann);
        assertTrue(f.reminders.calendar(second).isEmpty());
        assertFalse(f.reminders.hasCalendarToken(ann));
        assertTrue(f.reminders.calendar(null).isEmpty());
        assertTrue(f.reminders.calendar("../../etc/passwd").isEmpty());
        assertTrue(f.reminders.calendar(String.join("", Collections.nCopies(43, "A"))).isEmpty());
        String bobs = f.reminders.newCalendarToken(bob);
        assertFalse(f.reminders.calendar(bobs).orElseThrow().contains("Morning"));
    }

    @Test
    void limitsAreChecked() {
        invalid("limit", () -> f.reminders.upcoming(ann, 0));
        invalid("limit", () -> f.reminders.upcoming(ann, 101));
        invalid("limit", () -> f.reminders.deliveries(ann, 501));
    }
}
