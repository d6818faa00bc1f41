package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.api.Role;
import org.limber.journal.api.JournalService;
import org.limber.reminder.api.ChannelInfo;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.storage.internal.SqlStorage;
import org.osgi.service.event.Event;
import org.sqlite.SQLiteDataSource;

/** The DS component as Felix SCR would call it: configuration, channel binds and routine events. */
class ReminderComponentTest {
    @TempDir
    Path folder;

    private SqlStorage storage;
    private ReminderComponent component;

    @BeforeEach
    void open() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("limber.db") + "?journal_mode=WAL&foreign_keys=true");
        dataSource.setBusyTimeout(10000);
        dataSource.setTransactionMode("IMMEDIATE");
        storage = SqlStorage.start(dataSource);
        component = new ReminderComponent(config(Map.of("enabled", false, "publicUrl", "https://limber.example/")),
                storage.reminders(), storage.routines(), storage.users());
    }

    @AfterEach
    void close() {
        component.deactivate();
    }

    /** A configuration with these values and every other default. */
    static ReminderConfig config(Map<String, Object> values) {
        return (ReminderConfig) Proxy.newProxyInstance(ReminderConfig.class.getClassLoader(),
                new Class<?>[] {ReminderConfig.class},
                (proxy, method, arguments) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    void routineEventsRecomputeTheNextReminderAndChannelsComeAndGo() {
        long ann = storage.users().insert("ann", "hash", Role.USER, Instant.now()).orElseThrow().id();
        Routine routine = storage.routines().insertRoutine(ann, new RoutineData("Evening", null,
                EnumSet.allOf(DayOfWeek.class), List.of(), Set.of()), null, Instant.now());
        component.setPlan(ann, new ReminderPlan(routine.id(), List.of(LocalTime.of(19, 0)), List.of("test"), true));
        Instant daily = component.upcoming(ann, 1).get(0).at();

        // only on the day after the next reminder's day now
        DayOfWeek later = daily.atZone(ZoneOffset.UTC).getDayOfWeek().plus(1);
        storage.routines().updateRoutine(ann, routine.id(), new RoutineData("Evening", null, EnumSet.of(later),
                List.of(), Set.of()), Instant.now());
        component.handleEvent(new Event("org/limber/internal/routine/CHANGED", Map.of("userId", ann,
                "routineId", routine.id(), "deleted", false)));
        ZonedDateTime next = component.upcoming(ann, 1).get(0).at().atZone(ZoneOffset.UTC);
        assertEquals(later, next.getDayOfWeek());
        assertEquals(LocalTime.of(19, 0), next.toLocalTime());

        component.handleEvent(new Event("org/limber/internal/routine/CHANGED", Map.of("userId", ann,
                "routineId", routine.id(), "deleted", true)));
        component.handleEvent(new Event("org/limber/internal/routine/CHANGED", Map.of("userId", "not a number")));

        TestChannel channel = new TestChannel("test", null, TestChannel.DELIVER);
        component.addChannel(channel, Map.of(ReminderChannel.CHANNEL_ID, "test"));
        component.addChannel(new TestChannel("Bad Id", null, TestChannel.DELIVER), Map.of());
        assertEquals(List.of(new ChannelInfo("test", "Test test", true, null, List.of("preset"), true)),
                component.channels(ann));
        component.removeChannel(channel, Map.of(ReminderChannel.CHANNEL_ID, "test"));
        assertTrue(component.channels(ann).stream().noneMatch(ChannelInfo::installed));
        assertTrue(component.calendar(component.newCalendarToken(ann)).orElseThrow()
                .contains("URL:https://limber.example/routines/" + routine.id() + "/play"));
    }

    @Test
    void aSessionOfTheRoutineLoggedInTheJournalStopsItsRemindersNagging() {
        long ann = storage.users().insert("ann", "hash", Role.USER, Instant.now()).orElseThrow().id();
        Routine routine = storage.routines().insertRoutine(ann, new RoutineData("Evening", null,
                EnumSet.allOf(DayOfWeek.class), List.of(), Set.of()), null, Instant.now());
        component.setPlan(ann, new ReminderPlan(routine.id(), List.of(LocalTime.of(19, 0)), List.of("test"), true));
        component.snooze(ann, routine.id(), 10);
        assertTrue(component.upcoming(ann, 1).get(0).snoozed());

        component.handleEvent(sessionAdded(ann, String.valueOf(routine.id()), Instant.now().minusSeconds(5 * 3600)));
        assertTrue(component.upcoming(ann, 1).get(0).snoozed(), "a session from hours ago says nothing about now");
        assertEquals(null, doneAt(ann));

        component.handleEvent(sessionAdded(ann, "someone-elses-routine", Instant.now()));
        component.handleEvent(sessionAdded(ann, String.valueOf(routine.id() + 1000), Instant.now()));
        assertEquals(null, doneAt(ann), "only this user's routine counts");

        component.handleEvent(sessionAdded(ann, String.valueOf(routine.id()), Instant.now().minusSeconds(600)));
        assertFalse(component.upcoming(ann, 1).get(0).snoozed(), "the snooze is dropped");
        assertTrue(doneAt(ann) != null);
    }

    private static Event sessionAdded(long userId, String routineId, Instant at) {
        return new Event(JournalService.SESSION_ADDED_TOPIC, Map.of("userId", userId, "routineId", routineId,
                "at", at.toEpochMilli()));
    }

    private Instant doneAt(long userId) {
        return storage.reminders().schedules(userId, 10).get(0).state().doneAt();
    }
}
