package org.limber.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.limber.account.api.AccountService;
import org.limber.account.api.Role;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.JournalService;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.Sides;
import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.ChannelInfo;
import org.limber.reminder.api.Delivery;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderService;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.RoutineService;
import org.limber.routine.api.SectionKind;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.ScheduleState;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reminder channels in the real distribution: the webhook channel's feature removed and installed again at run time
 * while a reminder waits for it, delivered to an HTTP receiver this test registers in Limber's own HTTP server; and
 * email through the email channel to GreenMail, a real SMTP server started by the test driver, read back over IMAP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RemindersIT extends LimberTestSupport {
    private static final String RECEIVER = "/it-webhook-receiver";
    private static final String WEBHOOK = "limber-channel-webhook";

    @Inject
    BundleContext context;

    @Inject
    FeaturesService features;

    @Inject
    AccountService accounts;

    @Inject
    RoutineService routines;

    @Inject
    ReminderService reminders;

    @Inject
    ReminderStore store;

    @Inject
    SessionFactory sessions;

    @Inject
    JournalService journal;

    /** Runs in the test driver's JVM: GreenMail lives there, Limber reaches it over the loopback interface. */
    @Configuration
    public Option[] config() {
        int smtp = freePort();
        int imap = freePort();
        GreenMailServer.start(smtp, imap, "walker@example.org", "imap password");
        List<Option> options = new java.util.ArrayList<>(List.of(limberDistribution()));
        options.add(editConfigurationFilePut("etc/org.limber.channel.email.cfg", "host", "127.0.0.1"));
        options.add(editConfigurationFilePut("etc/org.limber.channel.email.cfg", "port", Integer.toString(smtp)));
        options.add(systemProperty("limber.itest.imapPort").value(Integer.toString(imap)));
        return options.toArray(Option[]::new);
    }

    @Test
    public void aReminderWaitsForItsChannelAndIsDeliveredWhenTheChannelReturns() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> pattern = new Hashtable<>();
        pattern.put("osgi.http.whiteboard.servlet.pattern", RECEIVER);
        ServiceRegistration<Servlet> receiver = context.registerService(Servlet.class, new Receiver(received),
                pattern);
        try {
            assertFalse("the webhook channel is not installed by default",
                    features.isInstalled(features.getFeature(WEBHOOK)));
            features.installFeature(WEBHOOK);
            long user = accounts.create("webhook-walker", "long enough password 1", Role.USER).id();
            Routine routine = routine(user, "Evening stretches");
            reminders.setAddress(user, new ChannelAddress("webhook", baseUrl() + RECEIVER, Map.of("preset", "json")));
            reminders.setPlan(user, new ReminderPlan(routine.id(), List.of(LocalTime.of(21, 0)), List.of("webhook"),
                    true));

            dueNow(user, routine);
            await("the webhook receiver got the reminder", () -> received.size() == 1);
            assertTrue(received.get(0), received.get(0).contains("Time for your Evening stretches"));
            assertTrue(received.get(0), received.get(0).contains("\"deliveryId\""));
            await("the delivery log says delivered", () -> reminders.deliveries(user, 10).get(0).status()
                    == DeliveryStatus.DELIVERED);
            Delivery delivered = reminders.deliveries(user, 10).get(0);
            assertEquals(1, delivered.attemptLog().size());
            assertEquals("delivered", delivered.attemptLog().get(0).outcome());
            assertTrue(channel(user, "webhook").installed());

            features.uninstallFeature(WEBHOOK);
            await("the channel is gone", () -> !channel(user, "webhook").installed());
            dueNow(user, routine);
            awaitWaitingDeliveries(user, 1);
            assertEquals("nothing is sent while the channel is away", 1, received.size());

            features.installFeature(WEBHOOK);
            await("the second reminder arrives once the channel is back", () -> received.size() == 2);
            await("both are delivered", () -> reminders.deliveries(user, 10).stream()
                    .allMatch(delivery -> delivery.status() == DeliveryStatus.DELIVERED));
            assertEquals("each reminder sent once", 2, reminders.deliveries(user, 10).size());
        } finally {
            receiver.unregister();
        }
    }

    @Test
    public void shellCommandsListRoutinesRemindersAndChannelsAndSendATest() throws Exception {
        long user = accounts.create("shell-walker", "long enough password 3", Role.USER).id();
        Routine routine = routine(user, "Morning mobility");
        reminders.setPlan(user, new ReminderPlan(routine.id(), List.of(LocalTime.of(7, 15)), List.of("browser"),
                true));

        String routinesOut = execute(sessions, "limber:routines shell-walker");
        assertTrue(routinesOut, routinesOut.contains("Morning mobility"));
        String remindersOut = execute(sessions, "limber:reminders shell-walker");
        assertTrue(remindersOut, remindersOut.contains("Morning mobility") && remindersOut.contains("07:15"));
        String channelsOut = execute(sessions, "limber:channels");
        assertTrue(channelsOut, channelsOut.contains("browser"));
        String testOut = execute(sessions, "limber:remind-test browser shell-walker");
        assertTrue("no tab of shell-walker is open: " + testOut, testOut.contains("retryable"));
    }

    @Test
    public void aSessionLoggedInTheJournalSilencesItsRoutinesSnoozedReminder() throws Exception {
        long user = accounts.create("journal-walker", "long enough password 4", Role.USER).id();
        Routine routine = routine(user, "Lunch break stretches");
        reminders.setPlan(user, new ReminderPlan(routine.id(), List.of(LocalTime.of(12, 30)), List.of("browser"),
                true));
        reminders.snooze(user, routine.id(), 10);
        assertTrue(reminders.upcoming(user, 1).get(0).snoozed());

        journal.addSession(user, new SessionData(Instant.now(), String.valueOf(routine.id()), routine.name(), 10,
                List.of(new ExerciseDone("sciatica.knee-to-chest", "Knee-to-chest", Outcome.DONE, 1, null, 30,
                        Sides.BOTH, null, null)), null));

        await("the reminder engine heard of the session and dropped the snooze",
                () -> !reminders.upcoming(user, 1).get(0).snoozed());
    }

    private void awaitWaitingDeliveries(long user, int count) throws InterruptedException {
        await(count + " reminder(s) recorded, waiting for the absent channel", () -> reminders.deliveries(user, 10)
                .stream().filter(delivery -> delivery.waiting() && delivery.status() == DeliveryStatus.PENDING
                        && delivery.attempts() == 0).count() == count);
    }

    @Test
    public void emailRemindersReachAnSmtpServer() throws Exception {
        features.installFeature("limber-channel-email");
        long user = accounts.create("email-walker", "long enough password 2", Role.USER).id();
        Routine routine = routine(user, "Bedtime routine");
        reminders.setAddress(user, new ChannelAddress("email", "walker@example.org", Map.of()));
        reminders.setPlan(user, new ReminderPlan(routine.id(), List.of(LocalTime.of(22, 30)), List.of("email"), true));
        dueNow(user, routine);

        await("the email channel delivered the reminder", () -> reminders.deliveries(user, 10).stream()
                .anyMatch(delivery -> delivery.status() == DeliveryStatus.DELIVERED));
        List<Inbox.Mail> inbox = Inbox.read(Integer.parseInt(required("limber.itest.imapPort")),
                "walker@example.org", "imap password");
        assertEquals(1, inbox.size());
        assertTrue(inbox.get(0).subject(), inbox.get(0).subject().contains("Limber"));
        String body = inbox.get(0).body();
        assertTrue(body, body.contains("Time for your Bedtime routine"));
        assertTrue(body, body.contains("/routines/" + routine.id() + "/play"));
        assertFalse("nothing about health by default", body.toLowerCase().contains("pain"));
    }

    private Routine routine(long user, String name) {
        RoutineData data = new RoutineData(name, null, EnumSet.allOf(java.time.DayOfWeek.class), List.of(
                new RoutineSection(SectionKind.STRETCHING, null, List.of(
                        new RoutineItem("sciatica.knee-to-chest", ItemDose.DEFAULT, null)))), Set.of());
        return routines.create(user, data).routine();
    }

    /** Brings the plan's next reminder forward to now, as the clock reaching it would. */
    private void dueNow(long user, Routine routine) {
        assertTrue(store.putState(user, routine.id(), new ScheduleState(routine.days(), Instant.now(), null, null)));
    }

    private ChannelInfo channel(long user, String id) {
        return reminders.channels(user).stream().filter(channel -> channel.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no channel " + id + " in " + reminders.channels(user)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The webhook's far end: keeps each request body. */
    private static final class Receiver extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient List<String> received;

        Receiver(List<String> received) {
            this.received = received;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            received.add(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            response.setStatus(200);
        }
    }
}
