package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** Quiet hours move a reminder to their end, or drop it when the next one comes first. */
class QuietHoursTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final QuietHours NIGHT = QuietHours.of(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void containsAcrossMidnightAndWithin() {
        assertTrue(NIGHT.contains(LocalTime.of(22, 0)));
        assertTrue(NIGHT.contains(LocalTime.of(23, 59)));
        assertTrue(NIGHT.contains(LocalTime.of(0, 0)));
        assertTrue(NIGHT.contains(LocalTime.of(6, 59)));
        assertFalse(NIGHT.contains(LocalTime.of(7, 0)));
        assertFalse(NIGHT.contains(LocalTime.of(21, 59)));
        QuietHours lunch = QuietHours.of(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertTrue(lunch.contains(LocalTime.of(12, 0)));
        assertFalse(lunch.contains(LocalTime.of(13, 30)));
        assertFalse(lunch.contains(LocalTime.of(11, 0)));
        assertNull(QuietHours.of(null, LocalTime.NOON));
        assertNull(QuietHours.of(LocalTime.NOON, LocalTime.NOON));
    }

    @Test
    void earlyMorningReminderMovesToTheEndOfTheNight() {
        PlanSchedule schedule = new PlanSchedule(EnumSet.allOf(DayOfWeek.class), PlanScheduleTest.times("06:30", "12:00"),
                BERLIN, NIGHT);
        // 06:30 CET is 05:30Z; quiet until 07:00 CET = 06:00Z
        assertEquals(Instant.parse("2026-11-21T06:00:00Z"), schedule.next(Instant.parse("2026-11-20T12:00:00Z")));
        assertEquals(Instant.parse("2026-11-21T11:00:00Z"), schedule.next(Instant.parse("2026-11-21T06:00:00Z")));
    }

    @Test
    void lateReminderMovesPastMidnightToTheNextMorning() {
        // only on Mondays at 23:00: the end of the night (Tuesday 07:00) comes before next Monday's
        PlanSchedule schedule = new PlanSchedule(EnumSet.of(DayOfWeek.MONDAY), PlanScheduleTest.times("23:00"), BERLIN,
                NIGHT);
        Instant next = schedule.next(Instant.parse("2026-11-23T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"), next); // Tuesday 07:00 CET
        assertEquals(Instant.parse("2026-12-01T06:00:00Z"), schedule.next(next));
    }

    @Test
    void movedReminderIsDroppedWhenTheNextRegularOneComesFirst() {
        // 23:00 would move to 07:00 but 06:45 comes first; 06:45 itself moves to 07:00: one reminder, at 07:00
        PlanSchedule schedule = new PlanSchedule(EnumSet.allOf(DayOfWeek.class),
                PlanScheduleTest.times("06:45", "23:00"), BERLIN, NIGHT);
        Instant first = schedule.next(Instant.parse("2026-11-21T12:00:00Z"));
        assertEquals(Instant.parse("2026-11-22T06:00:00Z"), first);
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), schedule.next(first));
        assertEquals(Instant.parse("2026-11-21T06:00:00Z"), schedule.previous(first));
    }

    @Test
    void movedToExactlyTheNextRegularOneIsDropped() {
        PlanSchedule schedule = new PlanSchedule(EnumSet.allOf(DayOfWeek.class), PlanScheduleTest.times("06:00", "07:00"),
                ZoneId.of("UTC"), NIGHT);
        Instant first = schedule.next(Instant.parse("2026-11-21T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-21T07:00:00Z"), first);
        assertEquals(Instant.parse("2026-11-22T07:00:00Z"), schedule.next(first));
    }

    @Test
    void allTimesInsideQuietHoursThatAlwaysCollideNeverFire() {
        QuietHours almostAllDay = QuietHours.of(LocalTime.of(0, 0), LocalTime.of(23, 59));
        PlanSchedule schedule = new PlanSchedule(EnumSet.allOf(DayOfWeek.class), PlanScheduleTest.times("10:00"),
                ZoneId.of("UTC"), almostAllDay);
        // 10:00 moves to 23:59, before tomorrow's 10:00: still fires
        assertEquals(Instant.parse("2026-11-21T23:59:00Z"), schedule.next(Instant.parse("2026-11-21T00:00:00Z")));
        PlanSchedule twice = new PlanSchedule(EnumSet.allOf(DayOfWeek.class), PlanScheduleTest.times("10:00", "23:58"),
                ZoneId.of("UTC"), almostAllDay);
        // 10:00 is dropped (23:58 comes first), 23:58 moves to 23:59
        assertEquals(Instant.parse("2026-11-21T23:59:00Z"), twice.next(Instant.parse("2026-11-21T00:00:00Z")));
    }

    @Test
    void quietHoursFollowTheLocalClockAcrossDst() {
        // Berlin, spring forward 2026-03-29: 06:30 CEST is 04:30Z, moved to 07:00 CEST = 05:00Z
        PlanSchedule schedule = new PlanSchedule(EnumSet.allOf(DayOfWeek.class), PlanScheduleTest.times("06:30"),
                BERLIN, NIGHT);
        assertEquals(Instant.parse("2026-03-28T06:00:00Z"), schedule.next(Instant.parse("2026-03-27T12:00:00Z")));
        assertEquals(Instant.parse("2026-03-29T05:00:00Z"), schedule.next(Instant.parse("2026-03-28T12:00:00Z")));
    }
}
