package org.limber.storage.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;
import org.limber.reminder.api.ChannelAddress;
import org.limber.reminder.api.DeliveryAttempt;
import org.limber.reminder.api.DeliveryStatus;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.routine.api.Exclusion;
import org.limber.routine.api.ItemDose;
import org.limber.routine.api.PersonalExerciseData;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.SectionKind;
import org.limber.storage.api.DueDecision;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.RoutineStore;
import org.limber.storage.api.ScheduleState;

/** Routines, personal exercises and reminder settings for the store tests, with every field set or every one empty. */
final class RoutineFixtures {
    /** What {@link #fill} made: ids of a routine, a personal exercise and a delivery with an attempt. */
    record Owned(long routineId, long exerciseId, long deliveryId) {
    }

    private RoutineFixtures() {
    }

    /**
     * Gives the user a row in every routine and reminder table: a routine with sections and items, a personal
     * exercise with steps, exclusions, a phase, preferences with a calendar token, an address with options, a
     * reminder plan claimed into a delivery with an attempt.
     */
    static Owned fill(SqlStorage storage, long userId) {
        RoutineStore routines = storage.routines();
        ReminderStore reminders = storage.reminders();
        long routine = routines.insertRoutine(userId, fullRoutine(), "sciatica.bedtime", TestStorage.NOW).id();
        long exercise = routines.insertPersonalExercise(userId, fullExercise(), TestStorage.NOW).id();
        routines.putExclusions(userId, Set.of(Exclusion.NO_KNEELING, Exclusion.NO_EXTENSION));
        routines.putPhase(userId, Phase.SUBACUTE);
        reminders.putPreferences(userId, preferences());
        reminders.putCalendarTokenHash(userId, "token-hash-of-" + userId);
        reminders.putAddress(userId, webhook());
        reminders.putPlan(userId, plan(routine, "webhook"));
        reminders.putState(userId, routine, new ScheduleState(Set.of(DayOfWeek.MONDAY), TestStorage.NOW, null, null));
        reminders.claimDue(TestStorage.NOW, 10, row -> new DueDecision(TestStorage.NOW.plusSeconds(86400), null,
                new DueDecision.Send(TestStorage.NOW, LocalDate.of(2026, 11, 21), null, "Limber", "Time", null)));
        long delivery = reminders.deliveries(userId, 1).get(0).id();
        reminders.recordAttempt(delivery, new DeliveryAttempt(TestStorage.NOW, "delivered", "HTTP 200", 5),
                DeliveryStatus.DELIVERED, null, null);
        return new Owned(routine, exercise, delivery);
    }

    /** Every field set: notes, days, a dose with every override, items with and without, an empty section. */
    static RoutineData fullRoutine() {
        return new RoutineData("Evening routine", "Slowly; stop if the leg pain spreads",
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY), List.of(
                new RoutineSection(SectionKind.WARM_UP, "Gentle start", List.of(
                        new RoutineItem("sciatica.knee-to-chest", new ItemDose(30, 3, 2, true, 15, null),
                                "both sides"),
                        new RoutineItem("sciatica.pelvic-tilt", ItemDose.DEFAULT, null))),
                new RoutineSection(SectionKind.STRENGTHENING, null, List.of(
                        new RoutineItem("personal:7", new ItemDose(null, 10, null, false, null, null), null),
                        new RoutineItem("sciatica.walking", new ItemDose(null, null, null, null, null, 10), "outside"))),
                new RoutineSection(SectionKind.CUSTOM, "Later", List.of())),
                Set.of("sciatica.cat-cow", "personal:7"));
    }

    /** Only a name. */
    static RoutineData bareRoutine(String name) {
        return new RoutineData(name, null, Set.of(), List.of(), Set.of());
    }

    static PersonalExerciseData fullExercise() {
        return new PersonalExerciseData("Towel stretch", "A hamstring stretch my physiotherapist showed me",
                List.of("Lie on your back, a towel around one foot.", "Straighten the leg, gently; hold.",
                        "Lower it, and swap sides; commas, \"quotes\"\nand a new line stay as written."),
                Category.STRETCH, List.of(Position.LYING_ON_BACK, Position.SEATED),
                List.of(Direction.FLEXION, Direction.NERVE_GLIDE), new ItemDose(20, 2, 3, true, 10, null));
    }

    static PersonalExerciseData bareExercise(String name) {
        return new PersonalExerciseData(name, null, List.of("Do it."), null, List.of(), List.of(), ItemDose.DEFAULT);
    }

    static ReminderPlan plan(long routineId, String... channelIds) {
        return new ReminderPlan(routineId, List.of(LocalTime.of(7, 30), LocalTime.of(21, 0, 15)), List.of(channelIds),
                true);
    }

    static ReminderPreferences preferences() {
        return new ReminderPreferences("Europe/Berlin", LocalTime.of(22, 30), LocalTime.of(7, 0), 3, 15, true);
    }

    static ChannelAddress webhook() {
        return new ChannelAddress("webhook", "https://ntfy.example/ann-x7", Map.of("preset", "ntfy",
                "secret", "s3cret, with a comma"));
    }
}
