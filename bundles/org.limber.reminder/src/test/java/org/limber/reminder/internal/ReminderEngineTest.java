package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderMessage;
import org.limber.routine.api.Routine;
import org.limber.storage.api.ScheduleState;

/** The engine on real SQLite storage, driven round by round with a clock of the test's own. */
class ReminderEngineTest {
    private static final Set<DayOfWeek> DAILY = EnumSet.allOf(DayOfWeek.class);
    private static final Instant START = Instant.parse("2026-11-21T18:58:00Z");

    @TempDir
    Path folder;

    private Fixture fixture;

    private Fixture open(Settings settings) {
        fixture = new Fixture(folder, START, settings);
        return fixture;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static ReminderPlan plan(Routine routine, String time, String... channels) {
        return new ReminderPlan(routine.id(), List.of(LocalTime.parse(time)), List.of(channels), true);
    }

    private static Delivery only(List<Delivery> deliveries) {
        assertEquals(1, deliveries.size(), deliveries.toString());
        return deliveries.get(0);
    }

    private static Delivery on(List<Delivery> deliveries, String channelId) {
        return deliveries.stream().filter(d -> d.channelId().equals(channelId)).findFirst().orElseThrow();
    }

    @Test
    void dueReminderIsDeliveredAndEveryAttemptRecorded() throws Exception {
        Fixture f = open(Settings.defaults());
        TestChannel channel = new TestChannel("test", "Test address", TestChannel.DELIVER);
        f.engine.addChannel("test", channel);
        long ann = f.user("ann");
        Routine evening = f.routine(ann, "evening routine", DAILY, "sciatica.knee-to-chest");
        f.reminders.setAddress(ann, new ChannelAddress("test", " ann@example.org ", Map.of("preset", "plain")));
        f.reminders.setPlan(ann, plan(evening, "19:00", "test"));

        assertEquals(new ReminderEngine.Round(0, 0), f.tick(), "not due yet");
        f.at("2026-11-21T19:00:00.040Z");
        assertEquals(new ReminderEngine.Round(1, 1), f.tick());

        ReminderMessage message = channel.received.poll();
        assertEquals("ann@example.org", message.recipient());
        assertEquals(Map.of("preset", "plain"), message.options());
        assertEquals(Instant.parse("2026-11-21T19:00:00Z"), message.dueAt());
        assertEquals("Limber", message.title());
        assertEquals("Time for your evening routine", message.text());
        assertEquals("http://localhost:8181/routines/" + evening.id() + "/play", message.link().toString());

        Delivery delivery = only(f.reminders.deliveries(ann, 50));
        assertEquals(Long.toString(delivery.id()), message.deliveryId());
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
        assertEquals(1, delivery.attempts());
        assertFalse(delivery.waiting());
        assertEquals("delivered", delivery.attemptLog().get(0).outcome());
        assertEquals("ok", delivery.attemptLog().get(0).detail());
        assertEquals(Instant.parse("2026-11-22T19:00:00Z"), f.reminders.upcoming(ann, 1).get(0).at());
        assertEquals(new ReminderEngine.Round(0, 0), f.tick(), "sent once");
    }

    @Test
    void retryableFailureIsRetriedAfterTheBackoff() throws Exception {
        Fixture f = open(Settings.defaults());
        TestChannel channel = new TestChannel("flaky", null, (call, message) -> call == 1
                ? DeliveryOutcome.retryable("HTTP 503") : DeliveryOutcome.delivered("HTTP 200"));
        f.engine.addChannel("flaky", channel);
        long ann = f.user("ann");
        f.reminders.setPlan(ann, plan(f.routine(ann, "bedtime", DAILY), "19:00", "flaky"));
        f.at("2026-11-21T19:00:00Z");
        f.tick();

        Delivery retrying = only(f.reminders.deliveries(ann, 50));
        assertEquals(DeliveryStatus.RETRYING, retrying.status());
        assertEquals("HTTP 503", retrying.lastError());
        assertEquals(Instant.parse("2026-11-21T19:00:30Z"), retrying.nextAttemptAt(), "30 s, no jitter at 0.5");
        assertEquals("ann", channel.received.poll().recipient(), "a channel without addresses gets the username");

        f.at("2026-11-21T19:00:24Z");
        assertEquals(0, f.tick().dispatched(), "not before its next attempt, less the lookahead (5 s)");
        f.at("2026-11-21T19:00:26Z");
        assertEquals(1, f.tick().dispatched());
        Delivery delivered = only(f.reminders.deliveries(ann, 50));
        assertEquals(DeliveryStatus.DELIVERED, delivered.status());
        assertEquals(2, delivered.attempts());
        assertEquals(List.of("retryable", "delivered"), delivered.attemptLog().stream().map(a -> a.outcome()).toList());
        assertNull(delivered.nextAttemptAt());
    }

    @Test
    void permanentFailureFailsAtOnceAndRetriesStopAtTheLimit() throws Exception {
        Settings two = new Settings(true, 1000, 500, Duration.ofSeconds(5), Duration.ofMinutes(60), 2,
                Duration.ofSeconds(120), Duration.ofSeconds(30), 4, null);
        Fixture f = open(two);
        f.engine.addChannel("gone", new TestChannel("gone", null, (c, m) -> DeliveryOutcome.permanent("HTTP 404")));
        f.engine.addChannel("down", new TestChannel("down", null, (c, m) -> DeliveryOutcome.retryable("HTTP 502")));
        long ann = f.user("ann");
        f.reminders.setPlan(ann, plan(f.routine(ann, "bedtime", DAILY), "19:00", "gone", "down"));
        f.at("2026-11-21T19:00:00Z");
        f.tick();
        List<Delivery> first = f.reminders.deliveries(ann, 50);
        assertEquals(DeliveryStatus.FAILED, on(first, "gone").status());
        assertEquals("HTTP 404", on(first, "gone").lastError());
        assertEquals(1, on(first, "gone").attempts());
        assertEquals(DeliveryStatus.RETRYING, on(first, "down").status());

        f.at("2026-11-21T19:01:00Z");
        f.tick();
        List<Delivery> second = f.reminders.deliveries(ann, 50);
        assertEquals(DeliveryStatus.FAILED, on(second, "down").status(), "the second of two attempts");
        assertEquals(2, on(second, "down").attempts());
        assertNull(on(second, "down").nextAttemptAt());
        assertEquals(1, on(second, "gone").attempts(), "a failed delivery is not tried again");
    }

    @Test
    void deliveryForAMissingChannelWaitsAndGoesOutWhenItIsInstalled() throws Exception {
        Fixture f = open(Settings.defaults());
        long ann = f.user("ann");
        f.reminders.setPlan(ann, plan(f.routine(ann, "bedtime", DAILY), "19:00", "later"));
        f.at("2026-11-21T19:00:00Z");
        assertEquals(new ReminderEngine.Round(1, 0), f.tick());
        Delivery waiting = only(f.reminders.deliveries(ann, 50));
        assertEquals(DeliveryStatus.PENDING, waiting.status());
        assertEquals(0, waiting.attempts());
        assertTrue(waiting.waiting());
        assertFalse(f.reminders.channels(ann).get(0).installed());

        f.at("2026-11-21T20:30:00Z");
        assertEquals(0, f.tick().dispatched(), "still not installed: untouched");
        TestChannel later = new TestChannel("later", null, TestChannel.DELIVER);
        f.engine.addChannel("later", later);
        assertEquals(1, f.tick().dispatched());
        Delivery delivered = only(f.reminders.deliveries(ann, 50));
        assertEquals(DeliveryStatus.DELIVERED, delivered.status());
        assertFalse(delivered.waiting());
        assertEquals(Instant.parse("2026-11-21T19:00:00Z"), later.received.poll().dueAt());

        f.engine.removeChannel("later", later);
        assertTrue(f.reminders.channels(ann).stream().noneMatch(c -> c.installed()));
    }

    @Test
    void channelRemovedWhileHoldingDeliveriesLeavesThemWaiting() throws Exception {
        Fixture f = open(Settings.defaults());
        TestChannel first = new TestChannel("test", null, TestChannel.DELIVER);
        f.engine.addChannel("test", first);
        long ann = f.user("ann");
        f.reminders.setPlan(ann, plan(f.routine(ann, "bedtime", DAILY), "19:00", "test"));
        f.at("2026-11-21T18:59:57Z");
        assertEquals(new ReminderEngine.Round(1, 0), f.tick(), "claimed ahead and held");
        f.engine.removeChannel("test", first);
        f.at("2026-11-21T19:00:00Z");
        assertEquals(new ReminderEngine.Round(0, 0), f.tick());
        assertTrue(first.received.isEmpty());
        // leased to this node until 19:01:57 (two minutes from the claim); then it waits for its channel
        f.at("2026-11-21T19:02:00Z");
        assertEquals(0, f.tick().dispatched());
        Delivery waiting = only(f.reminders.deliveries(ann, 50));
        assertEquals(DeliveryStatus.PENDING, waiting.status());
        assertTrue(waiting.waiting());
        TestChannel again = new TestChannel("test", null, TestChannel.DELIVER);
        f.engine.addChannel("test", again);
        assertEquals(1, f.tick().dispatched());
        assertEquals(Instant.parse("2026-11-21T19:00:00Z"), again.received.poll().dueAt());
        assertEquals(DeliveryStatus.DELIVERED, only(f.reminders.deliveries(ann, 50)).status());
    }

    @Test
    void hangingChannelDoesNotDelayAnotherAndTimesOut() throws Exception {
        Fixture f = open(Settings.defaults().withAttemptTimeout(Duration.ofSeconds(2)));
        TestChannel[] self = new TestChannel[1];
        TestChannel hang = new TestChannel("hang", null, null);
        self[0] = hang;
        hang.behave(TestChannel.hanging(self));
        TestChannel quick = new TestChannel("quick", null, TestChannel.DELIVER);
        f.engine.addChannel("hang", hang);
        f.engine.addChannel("quick", quick);
        long ann = f.user("ann");
        f.reminders.setPlan(ann, plan(f.routine(ann, "bedtime", DAILY), "19:00", "hang", "quick"));
        f.at("2026-11-21T19:00:00Z");

        assertEquals(new ReminderEngine.Round(1, 2), f.engine.tick());
        assertTrue(hang.started.await(5, TimeUnit.SECONDS));
        ReminderMessage got = quick.received.poll(5, TimeUnit.SECONDS);
        assertEquals(Instant.parse("2026-11-21T19:00:00Z"), got.dueAt());
        assertEquals(0, hang.interrupted.get(), "the other channel was served while this one hangs");

        assertTrue(f.engine.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(1, hang.interrupted.get(), "the hanging attempt's thread was interrupted");
        List<Delivery> deliveries = f.reminders.deliveries(ann, 50);
        assertEquals(DeliveryStatus.DELIVERED, on(deliveries, "quick").status());
        Delivery timedOut = on(deliveries, "hang");
        assertEquals(DeliveryStatus.RETRYING, timedOut.status());
        assertEquals("timeout", timedOut.attemptLog().get(0).outcome());
        assertEquals(2000, timedOut.attemptLog().get(0).durationMillis());
        assertEquals("No answer within 2 s", timedOut.lastError());
    }

    @Test
    void remindersAreClaimedAheadInBatchesAndGoOutWhenDue() throws Exception {
        Fixture f = open(Settings.defaults().withClaimBatch(2));
        TestChannel channel = new TestChannel("test", null, TestChannel.DELIVER);
        f.engine.addChannel("test", channel);
        long ann = f.user("ann");
        for (int i = 0; i < 5; i++) {
            f.reminders.setPlan(ann, plan(f.routine(ann, "routine " + i, DAILY), "19:00", "test"));
        }
        f.at("2026-11-21T18:59:54Z");
        assertEquals(new ReminderEngine.Round(0, 0), f.tick(), "more than the lookahead (5 s) before");
        f.at("2026-11-21T18:59:56Z");
        assertEquals(new ReminderEngine.Round(5, 0), f.tick(), "claimed in three batches; nothing sent early");
        assertTrue(channel.received.isEmpty());
        assertEquals(5, f.reminders.deliveries(ann, 50).size());
        assertTrue(f.reminders.deliveries(ann, 50).stream().allMatch(d -> d.status() == DeliveryStatus.PENDING
                && d.dueAt().equals(Instant.parse("2026-11-21T19:00:00Z"))));
        assertEquals(Instant.parse("2026-11-22T19:00:00Z"), f.reminders.upcoming(ann, 1).get(0).at());
        f.at("2026-11-21T18:59:59.999Z");
        assertEquals(new ReminderEngine.Round(0, 0), f.tick());
        f.at("2026-11-21T19:00:00Z");
        assertEquals(new ReminderEngine.Round(0, 5), f.tick());
        assertEquals(5, channel.received.size());
        assertTrue(f.reminders.deliveries(ann, 50).stream().allMatch(d -> d.status() == DeliveryStatus.DELIVERED));
    }

    @Test
    void catchUpAfterDowntimeSendsOneLateReminderWithinTheWindow() throws Exception {
        Fixture f = open(Settings.defaults());
        f.engine.addChannel("test", new TestChannel("test", null, TestChannel.DELIVER));
        long ann = f.user("ann");
        Routine routine = f.routine(ann, "stretches", DAILY);
        f.at("2026-11-21T07:00:00Z");
        f.reminders.setPlan(ann, new ReminderPlan(routine.id(), List.of(LocalTime.of(8, 0), LocalTime.of(12, 0),
                LocalTime.of(18, 0)), List.of("test"), true));
        // down from 07:00 to 12:20: 08:00 and 12:00 were missed
        f.at("2026-11-21T12:20:00Z");
        assertEquals(new ReminderEngine.Round(1, 1), f.tick());
        Delivery late = only(f.reminders.deliveries(ann, 50));
        assertEquals(Instant.parse("2026-11-21T12:00:00Z"), late.dueAt());
        assertEquals(Instant.parse("2026-11-21T18:00:00Z"), f.reminders.upcoming(ann, 1).get(0).at());
        // down again from 17:00 to 19:30: 18:00 is 90 minutes late, beyond the hour
        f.at("2026-11-21T19:30:00Z");
        assertEquals(new ReminderEngine.Round(1, 0), f.tick());
        assertEquals(1, f.reminders.deliveries(ann, 50).size());
    }

    @Test
    void doneSessionSilencesTheReminderAndSnoozeFires() throws Exception {
        Fixture f = open(Settings.defaults());
        TestChannel channel = new TestChannel("test", null, TestChannel.DELIVER);
        f.engine.addChannel("test", channel);
        long ann = f.user("ann");
        Routine routine = f.routine(ann, "evening", DAILY);
        f.reminders.setPlan(ann, plan(routine, "19:00", "test"));
        f.at("2026-11-21T18:30:00Z");
        f.reminders.done(ann, routine.id());
        assertEquals(Instant.parse("2026-11-22T19:00:00Z"), f.reminders.upcoming(ann, 1).get(0).at(),
                "today's is covered by the session");
        f.at("2026-11-21T19:00:00Z");
        assertEquals(new ReminderEngine.Round(1, 0), f.tick());
        assertTrue(f.reminders.deliveries(ann, 50).isEmpty());

        // the next day: reminded, snoozed for 15 minutes, reminded again
        f.at("2026-11-22T19:00:00Z");
        assertEquals(new ReminderEngine.Round(1, 1), f.tick());
        f.at("2026-11-22T19:02:00Z");
        var snoozed = f.reminders.snooze(ann, routine.id(), 15);
        assertEquals(Instant.parse("2026-11-22T19:17:00Z"), snoozed.at());
        assertTrue(snoozed.snoozed());
        f.at("2026-11-22T19:17:00Z");
        assertEquals(new ReminderEngine.Round(1, 1), f.tick());
        assertEquals(Instant.parse("2026-11-22T19:17:00Z"), f.reminders.deliveries(ann, 50).get(0).dueAt());

        // snoozed with the default (10 minutes), then the session is logged: the snooze is dropped
        f.at("2026-11-22T19:20:00Z");
        assertEquals(Instant.parse("2026-11-22T19:30:00Z"), f.reminders.snooze(ann, routine.id(), null).at());
        f.at("2026-11-22T19:25:00Z");
        f.reminders.done(ann, routine.id());
        f.at("2026-11-22T19:30:00Z");
        assertEquals(0, f.tick().claimed());
        assertEquals(2, f.reminders.deliveries(ann, 50).size());
    }

    @Test
    void dailyCapCountsEveryRoutineOfTheUser() throws Exception {
        Fixture f = open(Settings.defaults());
        f.engine.addChannel("test", new TestChannel("test", null, TestChannel.DELIVER));
        long ann = f.user("ann");
        f.reminders.setPreferences(ann, new ReminderPreferences("Europe/Berlin", null, null, 1, 10, false));
        f.reminders.setPlan(ann, plan(f.routine(ann, "morning", DAILY), "20:00", "test"));
        f.reminders.setPlan(ann, plan(f.routine(ann, "evening", DAILY), "20:00", "test"));
        f.at("2026-11-21T19:00:00Z"); // 20:00 in Berlin
        assertEquals(new ReminderEngine.Round(2, 1), f.tick());
        assertEquals(1, f.reminders.deliveries(ann, 50).size());
    }

    @Test
    void detailedTextNamesTheExercises() throws Exception {
        Fixture f = open(Settings.defaults());
        TestChannel channel = new TestChannel("test", null, TestChannel.DELIVER);
        f.engine.addChannel("test", channel);
        long ann = f.user("ann");
        long own = f.storage.routines().insertPersonalExercise(ann, new org.limber.routine.api.PersonalExerciseData(
                "Towel stretch", null, List.of("Hold the towel"), null, List.of(), List.of(), null), START).id();
        Routine routine = f.routine(ann, "evening", DAILY, "sciatica.knee-to-chest", "personal:" + own,
                "sciatica.cat-cow", "sciatica.bridge");
        f.reminders.setPreferences(ann, new ReminderPreferences("UTC", null, null, null, 10, true));
        f.reminders.setPlan(ann, plan(routine, "19:00", "test"));
        f.at("2026-11-21T19:00:00Z");
        f.tick();
        assertEquals("Time for your evening: knee-to-chest, Towel stretch and 2 more", channel.received.poll().text(),
                "without the catalog an exercise is named by its id");
    }

    @Test
    void schedulerThreadDeliversWhenAPlanFallsDue() throws Exception {
        Fixture f = new Fixture(folder, START, Settings.defaults());
        fixture = f;
        TestChannel channel = new TestChannel("test", null, TestChannel.DELIVER);
        long ann = f.user("ann");
        Routine routine = f.routine(ann, "evening", DAILY);
        f.reminders.setPlan(ann, plan(routine, "19:00", "test"));
        // a real clock from here: due 300 ms from now
        ReminderEngine engine = new ReminderEngine(f.storage.reminders(), java.time.Clock.systemUTC(),
                Settings.defaults(), new DueDecider(Duration.ofMinutes(60), new ReminderTexts("http://x"),
                ExerciseNames.NONE), new Backoff(() -> 0.5));
        try {
            engine.addChannel("test", channel);
            Instant due = Instant.now().plusMillis(300);
            f.storage.reminders().putState(ann, routine.id(), new ScheduleState(DAILY, due, due, null));
            engine.start();
            ReminderMessage message = channel.received.poll(10, TimeUnit.SECONDS);
            assertEquals(due.toEpochMilli(), message.dueAt().toEpochMilli());
        } finally {
            engine.close();
        }
    }
}
