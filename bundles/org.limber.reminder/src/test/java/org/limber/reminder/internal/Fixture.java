package org.limber.reminder.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.limber.account.api.Role;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.Routine;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.SectionKind;
import org.limber.storage.internal.SqlStorage;
import org.sqlite.SQLiteDataSource;

/** The engine and the service on Limber's real storage, in an SQLite file opened the way the distribution opens it. */
final class Fixture implements AutoCloseable {
    final SqlStorage storage;
    final TestClock clock;
    final ReminderEngine engine;
    final Reminders reminders;
    final TestSender tests;

    Fixture(Path folder, Instant start, Settings settings) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("limber.db")
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
        dataSource.setBusyTimeout(10000);
        dataSource.setTransactionMode("IMMEDIATE");
        storage = SqlStorage.start(dataSource);
        clock = new TestClock(start);
        ReminderTexts texts = new ReminderTexts(settings.publicUrl());
        DueDecider decider = new DueDecider(settings.catchUp(), texts,
                new StoredExerciseNames(storage.routines(), () -> null));
        engine = new ReminderEngine(storage.reminders(), clock, settings, decider, new Backoff(() -> 0.5));
        tests = new TestSender(clock, settings.attemptTimeout(), settings.publicUrl());
        reminders = new Reminders(storage.reminders(), storage.routines(), storage.users(), engine, clock,
                new CalendarTokens(new SecureRandom()), new CalendarFeed(settings.publicUrl()), tests);
    }

    long user(String name) {
        return storage.users().insert(name, "hash", Role.USER, clock.instant()).orElseThrow().id();
    }

    Routine routine(long userId, String name, Set<DayOfWeek> days, String... exerciseIds) {
        List<RoutineItem> items = java.util.Arrays.stream(exerciseIds)
                .map(id -> new RoutineItem(id, ItemDose.DEFAULT, null)).toList();
        return storage.routines().insertRoutine(userId, new RoutineData(name, null, days,
                List.of(new RoutineSection(SectionKind.STRETCHING, null, items)), Set.of()), null, clock.instant());
    }

    void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    /** One round, then waits for its attempts to be answered and recorded. */
    ReminderEngine.Round tick() throws InterruptedException {
        ReminderEngine.Round round = engine.tick();
        if (!engine.awaitIdle(Duration.ofSeconds(10))) {
            throw new AssertionError("attempts still running after 10 s");
        }
        return round;
    }

    @Override
    public void close() {
        engine.close();
        tests.close();
    }
}
