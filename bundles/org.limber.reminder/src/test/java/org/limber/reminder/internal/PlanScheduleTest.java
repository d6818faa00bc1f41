package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Regular occurrences across time zones and DST changes, quiet hours ignored. */
class PlanScheduleTest {
    private static final Set<DayOfWeek> DAILY = EnumSet.allOf(DayOfWeek.class);

    private static PlanSchedule daily(String zone, String... times) {
        return new PlanSchedule(DAILY, times(times), ZoneId.of(zone), null);
    }

    static List<LocalTime> times(String... times) {
        return java.util.Arrays.stream(times).map(LocalTime::parse).sorted().toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void berlinSpringForwardFiresAtTheShiftedTime() {
        PlanSchedule schedule = daily("Europe/Berlin", "02:30");
        // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and fires at 03:30 CEST
        Instant gapDay = schedule.next(at("2026-03-28T12:00:00Z"));
        assertEquals(at("2026-03-29T01:30:00Z"), gapDay);
        assertEquals(at("2026-03-30T00:30:00Z"), schedule.next(gapDay));
        assertEquals(at("2026-03-28T01:30:00Z"), schedule.previous(gapDay.minusSeconds(3600 * 20)));
    }

    @Test
    void berlinFallBackFiresOnceAtTheEarlierOffset() {
        PlanSchedule schedule = daily("Europe/Berlin", "02:30");
        // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice and fires at the first one only
        Instant first = schedule.next(at("2026-10-24T12:00:00Z"));
        assertEquals(at("2026-10-25T00:30:00Z"), first);
        Instant following = schedule.next(first);
        assertEquals(at("2026-10-26T01:30:00Z"), following, "not again at 01:30Z, the second 02:30");
        assertEquals(first, schedule.previous(following));
    }

    @Test
    void timesShiftedByTheGapStayInInstantOrder() {
        // 02:30 becomes 03:30 and so falls after 03:15 on the day of the gap
        PlanSchedule schedule = daily("Europe/Berlin", "02:30", "03:15");
        Instant first = schedule.next(at("2026-03-29T00:00:00Z"));
        assertEquals(at("2026-03-29T01:15:00Z"), first);
        Instant second = schedule.next(first);
        assertEquals(at("2026-03-29T01:30:00Z"), second);
        assertEquals(at("2026-03-30T00:30:00Z"), schedule.next(second));
    }

    @Test
    void newYorkSpringAndFall() {
        PlanSchedule schedule = daily("America/New_York", "01:30", "02:30");
        // 2026-03-08: 02:00 EST jumps to 03:00 EDT
        Instant spring = schedule.next(at("2026-03-08T06:00:00Z")); // 01:00 EST
        assertEquals(at("2026-03-08T06:30:00Z"), spring); // 01:30 EST
        assertEquals(at("2026-03-08T07:30:00Z"), schedule.next(spring)); // 02:30 → 03:30 EDT
        // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:30 once, at EDT
        Instant fall = schedule.next(at("2026-11-01T04:00:00Z")); // 00:00 EDT
        assertEquals(at("2026-11-01T05:30:00Z"), fall); // 01:30 EDT
        Instant after = schedule.next(fall);
        assertEquals(at("2026-11-01T07:30:00Z"), after, "02:30 EST; the second 01:30 (06:30Z) is skipped");
        assertEquals(at("2026-11-02T06:30:00Z"), schedule.next(after));
    }

    @Test
    void lordHoweHalfHourDst() {
        PlanSchedule schedule = daily("Australia/Lord_Howe", "01:45", "02:15");
        // 2026-10-04: 02:00 (+10:30) jumps to 02:30 (+11:00); 02:15 fires at 02:45 +11:00
        Instant early = schedule.next(at("2026-10-03T14:00:00Z"));
        assertEquals(at("2026-10-03T15:15:00Z"), early); // 01:45 +10:30
        assertEquals(at("2026-10-03T15:45:00Z"), schedule.next(early)); // 02:45 +11:00
        // 2026-04-05: 02:00 (+11:00) falls back to 01:30 (+10:30); 01:45 happens twice and fires once, at +11:00
        Instant overlap = schedule.next(at("2026-04-04T14:00:00Z"));
        assertEquals(at("2026-04-04T14:45:00Z"), overlap);
        assertEquals(at("2026-04-04T15:45:00Z"), schedule.next(overlap), "02:15 +10:30, not 01:45 +10:30 again");
    }

    @Test
    void zonesFarApartAndDaysOfWeek() {
        PlanSchedule tokyo = new PlanSchedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), times("07:00"),
                ZoneId.of("Asia/Tokyo"), null);
        // 2026-11-23 is a Monday; 07:00 in Tokyo is 22:00Z the Sunday before
        assertEquals(at("2026-11-22T22:00:00Z"), tokyo.next(at("2026-11-21T00:00:00Z")));
        assertEquals(at("2026-11-25T22:00:00Z"), tokyo.next(at("2026-11-22T22:00:00Z")));
        PlanSchedule kolkata = new PlanSchedule(EnumSet.of(DayOfWeek.SATURDAY), times("21:15"),
                ZoneId.of("Asia/Kolkata"), null);
        assertEquals(at("2026-11-28T15:45:00Z"), kolkata.next(at("2026-11-21T15:45:00Z")));
        PlanSchedule honolulu = new PlanSchedule(EnumSet.of(DayOfWeek.SUNDAY), times("23:59"),
                ZoneId.of("Pacific/Honolulu"), null);
        assertEquals(at("2026-11-23T09:59:00Z"), honolulu.next(at("2026-11-21T00:00:00Z")));
    }

    @Test
    void noDaysOrNoTimesNeverFire() {
        Instant now = at("2026-11-21T00:00:00Z");
        assertNull(new PlanSchedule(Set.of(), times("07:00"), ZoneId.of("UTC"), null).next(now));
        assertNull(new PlanSchedule(DAILY, List.of(), ZoneId.of("UTC"), null).next(now));
        assertNull(new PlanSchedule(Set.of(), List.of(), ZoneId.of("UTC"), null).previous(now));
    }

    @Test
    void nextIsStrictlyAfterAndPreviousStrictlyBefore() {
        PlanSchedule schedule = daily("UTC", "07:00", "19:00");
        Instant seven = at("2026-11-21T07:00:00Z");
        assertEquals(at("2026-11-21T19:00:00Z"), schedule.next(seven));
        assertEquals(seven, schedule.next(seven.minusNanos(1)));
        assertEquals(at("2026-11-20T19:00:00Z"), schedule.previous(seven));
        assertEquals(seven, schedule.previous(seven.plusNanos(1)));
    }

    @Test
    void walksAYearOfDailyOccurrencesAcrossBothChangesWithoutDuplicates() {
        PlanSchedule schedule = daily("Europe/Berlin", "00:30", "02:30", "23:59");
        Instant at = at("2026-01-01T00:00:00Z");
        int count = 0;
        Instant previous = null;
        while (at.isBefore(at("2027-01-01T00:00:00Z"))) {
            Instant next = schedule.next(at);
            if (previous != null) {
                assertEquals(previous, schedule.previous(next));
            }
            previous = next;
            at = next;
            count++;
        }
        // 365 days × 3 times; the loop's last step lands in 2027
        assertEquals(365 * 3 + 1, count);
    }
}
