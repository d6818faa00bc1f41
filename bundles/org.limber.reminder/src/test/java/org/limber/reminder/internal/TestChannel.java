package org.limber.reminder.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;

/** A channel a test registers with the engine: answers as told and keeps every message it got. */
final class TestChannel implements ReminderChannel {
    /** What to answer for the n-th call (1 for the first). */
    @FunctionalInterface
    interface Behaviour {
        DeliveryOutcome answer(int call, ReminderMessage message) throws InterruptedException;
    }

    static final Behaviour DELIVER = (call, message) -> DeliveryOutcome.delivered("ok");

    private final String id;
    private final String addressLabel;
    private volatile Behaviour behaviour;
    final BlockingQueue<ReminderMessage> received = new LinkedBlockingQueue<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger interrupted = new AtomicInteger();
    /** Counted down when an attempt has started (for hanging channels). */
    final CountDownLatch started = new CountDownLatch(1);

    TestChannel(String id, String addressLabel, Behaviour behaviour) {
        this.id = id;
        this.addressLabel = addressLabel;
        this.behaviour = behaviour;
    }

    /** Hangs until interrupted. */
    static Behaviour hanging(TestChannel[] self) {
        return (call, message) -> {
            self[0].started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                self[0].interrupted.incrementAndGet();
                throw e;
            }
            return DeliveryOutcome.delivered("never");
        };
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return "Test " + id;
    }

    @Override
    public String addressLabel() {
        return addressLabel;
    }

    @Override
    public List<String> optionKeys() {
        return List.of("preset");
    }

    @Override
    public Optional<String> checkAddress(String address, Map<String, String> options) {
        return address != null && address.contains("bad") ? Optional.of("That address cannot receive reminders")
                : Optional.empty();
    }

    @Override
    public DeliveryOutcome deliver(ReminderMessage message) throws InterruptedException {
        int call = calls.incrementAndGet();
        received.add(message);
        return behaviour.answer(call, message);
    }
}
