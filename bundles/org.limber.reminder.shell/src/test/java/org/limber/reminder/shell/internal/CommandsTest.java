package org.limber.reminder.shell.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.api.Role;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;
import org.limber.reminder.internal.ReminderComponent;
import org.limber.reminder.internal.ReminderConfig;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.SectionKind;
import org.limber.storage.internal.SqlStorage;
import org.sqlite.SQLiteDataSource;

/** The commands on the real reminder service and storage; what they print. */
class CommandsTest {
    @TempDir
    Path folder;

    private SqlStorage storage;
    private ReminderComponent reminders;
    private final ReminderChannel echo = new ReminderChannel() {
        @Override
        public String id() {
            return "echo";
        }

        @Override
        public String label() {
            return "Echo";
        }

        @Override
        public String addressLabel() {
            return "Anything";
        }

        @Override
        public List<String> optionKeys() {
            return List.of("preset");
        }

        @Override
        public DeliveryOutcome deliver(ReminderMessage message) {
            return message.recipient().equals("nobody") ? DeliveryOutcome.permanent("No such recipient")
                    : DeliveryOutcome.delivered("echoed to " + message.recipient() + " " + message.options());
        }
    };

    @BeforeEach
    void open() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("limber.db") + "?journal_mode=WAL&foreign_keys=true");
        dataSource.setBusyTimeout(10000);
        dataSource.setTransactionMode("IMMEDIATE");
        storage = SqlStorage.start(dataSource);
        reminders = new ReminderComponent((ReminderConfig) Proxy.newProxyInstance(
                ReminderConfig.class.getClassLoader(), new Class<?>[] {ReminderConfig.class},
                (proxy, method, arguments) -> method.getName().equals("enabled") ? false : method.getDefaultValue()),
                storage.reminders(), storage.routines(), storage.users());
        reminders.addChannel(echo, Map.of(ReminderChannel.CHANNEL_ID, "echo"));
        long ann = storage.users().insert("ann", "hash", Role.USER, Instant.now()).orElseThrow().id();
        storage.users().insert("bob", "hash", Role.USER, Instant.now());
        Routine routine = storage.routines().insertRoutine(ann, new RoutineData("Bedtime stretches", null,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), List.of(new RoutineSection(SectionKind.STRETCHING,
                        null, List.of(new RoutineItem("sciatica.knee-to-chest", ItemDose.DEFAULT, null),
                                new RoutineItem("sciatica.cat-cow", ItemDose.DEFAULT, null)))), Set.of()),
                null, Instant.now());
        reminders.setPreferences(ann, new ReminderPreferences("Europe/Berlin", null, null, null, 10, false));
        reminders.setPlan(ann, new ReminderPlan(routine.id(), List.of(LocalTime.of(21, 30)), List.of("echo",
                "webhook"), true));
    }

    @AfterEach
    void close() {
        reminders.deactivate();
    }

    private static String run(Action action) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            action.execute();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void routinesListDaysItemsAndReminderTimes() throws Exception {
        RoutinesCommand command = new RoutinesCommand();
        command.users = storage.users();
        command.routines = storage.routines();
        command.reminders = reminders;
        String all = run(command);
        assertTrue(all.contains("Bedtime stretches"), all);
        assertTrue(all.contains("Mon Thu"), all);
        assertTrue(all.contains("21:30"), all);
        command.user = "BOB";
        assertTrue(!run(command).contains("Bedtime"));
        command.user = "carol";
        assertTrue(run(command).contains("No user is called 'carol'"));
    }

    @Test
    void remindersShowTheNextOneInTheUsersZone() throws Exception {
        RemindersCommand command = new RemindersCommand();
        command.users = storage.users();
        command.store = storage.reminders();
        command.user = "ann";
        String printed = run(command);
        assertTrue(printed.contains("Europe/Berlin"), printed);
        assertTrue(printed.matches("(?s).*(Mon|Thu) \\d{4}-\\d\\d-\\d\\d 21:30.*"), printed);
        assertTrue(printed.contains("echo webhook"), printed);
    }

    @Test
    void channelsListInstalledAndWaitingOnes() throws Exception {
        ChannelsCommand command = new ChannelsCommand();
        command.channels = List.of(echo);
        command.store = storage.reminders();
        String printed = run(command);
        assertTrue(printed.contains("Echo"), printed);
        assertTrue(printed.contains("Anything"), printed);
    }

    @Test
    void remindTestPrintsTheChannelsAnswer() throws Exception {
        RemindTestCommand command = new RemindTestCommand();
        command.reminders = reminders;
        command.channel = "echo";
        command.address = "ann@example.org";
        command.options = List.of("preset=plain");
        assertTrue(run(command).contains("delivered: echoed to ann@example.org {preset=plain}\n"));
        command.options = null;
        command.address = "nobody";
        assertTrue(run(command).contains("failed: No such recipient\n"));
        command.channel = "sms";
        assertTrue(run(command).contains("No channel sms is installed"));
        command.channel = "echo";
        command.options = List.of("novalue");
        assertTrue(run(command).contains("key=value"));
    }
}
