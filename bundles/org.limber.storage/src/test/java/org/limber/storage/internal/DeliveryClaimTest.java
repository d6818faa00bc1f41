package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.storage.internal.TestStorage.NOW;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryAttempt;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.PendingDelivery;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleState;

/** Claiming deliveries for an attempt, leases, recording attempts and the delivery log. */
class DeliveryClaimTest {
    private static final Instant DUE = NOW.minusSeconds(60);
    private static final Instant LEASE = NOW.plusSeconds(60);

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    private SqlStorage storage;
    private ReminderStore reminders;
    private long ann;
    private long bob;
    private long evening;
    private long bobs;

    /** Ann's evening routine due through email, webhook and browser; Bob's through the webhook, with no address. */
    private void open(Dialect dialect) throws Exception {
        storage = TestStorage.start(dialect, base, POSTGRES);
        reminders = storage.reminders();
        ann = TestStorage.user(storage, "ann");
        bob = TestStorage.user(storage, "bob");
        evening = planned(ann, "Evening", DUE, "email", "webhook", "browser");
        bobs = planned(bob, "Bob's", DUE.plusSeconds(1), "webhook");
        reminders.putAddress(ann, RoutineFixtures.webhook());
        assertEquals(4, reminders.claimDue(NOW, 10, row -> new DueDecision(NOW.plusSeconds(86400), null,
                new DueDecision.Send(row.state().nextDue(), LocalDate.of(2026, 11, 21), null, "Limber",
                        "Time for " + row.routineName(), "/player/" + row.routineId()))));
    }

    private long planned(long userId, String name, Instant due, String... channels) {
        long routine = storage.routines().insertRoutine(userId, RoutineFixtures.bareRoutine(name), null, NOW).id();
        reminders.putPlan(userId, RoutineFixtures.plan(routine, channels));
        reminders.putState(userId, routine, new ScheduleState(Set.of(), due, null, null));
        return routine;
    }

    private long deliveryId(long userId, String channelId) {
        return reminders.deliveries(userId, 100).stream().filter(d -> d.channelId().equals(channelId)).findFirst()
                .orElseThrow().id();
    }

    @EachDialect
    void aClaimReturnsTheDeliveriesOfItsChannelsWithAddressOptionsAndUsername(Dialect dialect) throws Exception {
        open(dialect);
        List<PendingDelivery> claimed = reminders.claimDeliveries(NOW, List.of("webhook"), 10, LEASE);
        assertEquals(List.of(
                new PendingDelivery(deliveryId(ann, "webhook"), ann, "ann", evening, "webhook",
                        "https://ntfy.example/ann-x7", RoutineFixtures.webhook().options(), DUE, 0, "Limber",
                        "Time for Evening", "/player/" + evening),
                new PendingDelivery(deliveryId(bob, "webhook"), bob, "bob", bobs, "webhook", null, Map.of(),
                        DUE.plusSeconds(1), 0, "Limber", "Time for Bob's", "/player/" + bobs)), claimed,
                "earliest first; no address: null");
        assertEquals(Set.of("email", "browser"), Set.copyOf(reminders.claimDeliveries(NOW, List.of("email",
                "browser", "sms"), 10, LEASE).stream().map(PendingDelivery::channelId).toList()));
        assertEquals(List.of(), reminders.claimDeliveries(NOW, List.of(), 10, LEASE));
    }

    @EachDialect
    void aLeasedDeliveryIsNotClaimedAgainUntilItsLeaseRunsOut(Dialect dialect) throws Exception {
        open(dialect);
        List<String> all = List.of("email", "webhook", "browser");
        assertEquals(1, reminders.claimDeliveries(NOW, all, 1, LEASE).size());
        assertEquals(Optional.of(DUE), reminders.earliestAttempt(all), "three are still free");
        assertEquals(3, reminders.claimDeliveries(NOW, all, 10, LEASE).size());
        assertEquals(List.of(), reminders.claimDeliveries(NOW, all, 10, LEASE));
        assertEquals(List.of(), reminders.claimDeliveries(LEASE.minusMillis(1), all, 10, LEASE.plusSeconds(60)));
        assertEquals(Optional.of(LEASE), reminders.earliestAttempt(all), "claimable when the leases run out");

        // The node holding them crashed: once the lease has run out another node takes them.
        List<PendingDelivery> reclaimed = reminders.claimDeliveries(LEASE, all, 10, LEASE.plusSeconds(60));
        assertEquals(4, reclaimed.size());
        assertEquals(List.of(0, 0, 0, 0), reclaimed.stream().map(PendingDelivery::attempts).toList());
    }

    @EachDialect
    void attemptsAreRecordedAndTheLogShowsThem(Dialect dialect) throws Exception {
        open(dialect);
        long webhook = deliveryId(ann, "webhook");
        long email = deliveryId(ann, "email");
        List<String> channels = List.of("webhook");
        reminders.claimDeliveries(NOW, channels, 10, LEASE);

        DeliveryAttempt timeout = new DeliveryAttempt(NOW.plusSeconds(1), "timeout", "no answer in 10 s", 10_000);
        Instant retryAt = NOW.plusSeconds(100);
        reminders.recordAttempt(webhook, timeout, DeliveryStatus.RETRYING, retryAt, "no answer in 10 s");
        assertEquals(List.of(bob), reminders.claimDeliveries(LEASE, channels, 10, LEASE.plusSeconds(60)).stream()
                .map(PendingDelivery::userId).toList(), "the lease ended with the attempt; retried at its time");
        assertEquals(Optional.of(retryAt), reminders.earliestAttempt(channels));
        List<PendingDelivery> retried = reminders.claimDeliveries(retryAt, channels, 10, retryAt.plusSeconds(60));
        assertEquals(List.of(webhook), retried.stream().map(PendingDelivery::id).toList());
        assertEquals(1, retried.get(0).attempts());

        DeliveryAttempt delivered = new DeliveryAttempt(retryAt.plusSeconds(1), "delivered", "HTTP 200", 87);
        reminders.recordAttempt(webhook, delivered, DeliveryStatus.DELIVERED, null, null);
        DeliveryAttempt rejected = new DeliveryAttempt(NOW.plusSeconds(2), "failed", "550 no such mailbox", 120);
        reminders.recordAttempt(email, rejected, DeliveryStatus.FAILED, NOW.plusSeconds(999), "550 no such mailbox");
        assertEquals(List.of(bob), reminders.claimDeliveries(retryAt.plusSeconds(3600), List.of("webhook", "email"),
                10, LEASE).stream().map(PendingDelivery::userId).toList(), "ann's delivered and failed ones are done");

        List<Delivery> log = reminders.deliveries(ann, 10);
        assertEquals(3, log.size());
        Delivery webhookLog = log.stream().filter(d -> d.id() == webhook).findFirst().orElseThrow();
        assertEquals(new Delivery(webhook, evening, "Evening", "webhook", DUE, DeliveryStatus.DELIVERED, 2, null, null,
                false, List.of(timeout, delivered)), webhookLog);
        Delivery emailLog = log.stream().filter(d -> d.id() == email).findFirst().orElseThrow();
        assertEquals(new Delivery(email, evening, "Evening", "email", DUE, DeliveryStatus.FAILED, 1, null,
                "550 no such mailbox", false, List.of(rejected)), emailLog, "no next attempt once failed");
        assertEquals(1, reminders.deliveries(bob, 10).size());
        assertEquals(2, reminders.deliveries(ann, 2).size());
        assertEquals(List.of(), reminders.deliveries(ann, 0));
    }

    @EachDialect
    void theLogIsNewestFirst(Dialect dialect) throws Exception {
        open(dialect);
        reminders.putState(ann, evening, new ScheduleState(Set.of(), NOW.plusSeconds(10), null, null));
        reminders.claimDue(NOW.plusSeconds(10), 10, row -> new DueDecision(null, null, new DueDecision.Send(
                NOW.plusSeconds(10), LocalDate.of(2026, 11, 21), null, "Limber", "Again", null)));
        List<Delivery> log = reminders.deliveries(ann, 100);
        assertEquals(6, log.size());
        assertEquals(List.of(NOW.plusSeconds(10), NOW.plusSeconds(10), NOW.plusSeconds(10), DUE, DUE, DUE),
                log.stream().map(Delivery::dueAt).toList());
        assertEquals(null, reminders.schedules(ann, 10).get(0).state().nextDue(), "null: never due again");
    }

    @EachDialect
    void anAttemptThatLeavesItPendingWithoutATimeKeepsItsAttemptTime(Dialect dialect) throws Exception {
        open(dialect);
        long email = deliveryId(ann, "email");
        reminders.claimDeliveries(NOW, List.of("email"), 10, LEASE);
        reminders.recordAttempt(email, new DeliveryAttempt(NOW, "failed", "channel not installed", 0),
                DeliveryStatus.PENDING, null, "channel not installed");
        assertEquals(List.of(email), reminders.claimDeliveries(NOW, List.of("email"), 10, LEASE).stream()
                .map(PendingDelivery::id).toList());
        assertEquals(DUE, reminders.deliveries(ann, 10).stream().filter(d -> d.id() == email).findFirst()
                .orElseThrow().nextAttemptAt());
    }
}
