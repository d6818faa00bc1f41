package org.limber.reminder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.limber.reminder.api.ReminderPlan;
import org.limber.reminder.api.ReminderPreferences;
import org.limber.storage.api.ScheduleRow;
import org.limber.storage.api.ScheduleState;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** The feed, parsed back with ical4j: events, their recurrence in the user's zone, and a VTIMEZONE that agrees with Java. */
class CalendarFeedTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Set<DayOfWeek> MWF = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    private static ScheduleRow row(long routineId, String name, Set<DayOfWeek> days, boolean enabled, String... times) {
        return new ScheduleRow(7, "ann", routineId, name,
                new ReminderPlan(routineId, PlanScheduleTest.times(times), List.of("email"), enabled),
                new ScheduleState(days, null, null, null), null);
    }

    private static ReminderPreferences in(String zone) {
        return new ReminderPreferences(zone, null, null, null, 10, false);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
    }

    @Test
    void oneWeeklyEventPerPlanAndTimeInTheUsersZone() throws Exception {
        String name = "Evening, gentle; \"stretch\" \\ routine\nwith a long name that needs folding – ünïcödé ✓✓✓";
        String ics = new CalendarFeed("https://limber.example").write(List.of(
                row(42, name, MWF, true, "07:30", "21:00"),
                row(43, "Paused", MWF, false, "08:00"),
                row(44, "Unplanned", Set.of(), true, "09:00")), in("Europe/Berlin"), NOW);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertFalse(ics.replace("\r\n", "").contains("\n"), "CRLF line endings only");
        assertTrue(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"));
        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20261123T073000\r\n"), "Monday 23rd, the next one");
        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20261123T210000\r\n"));

        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size(), "disabled and dayless plans are left out");
        VEvent morning = events.get(0);
        assertEquals(name, value(morning, "SUMMARY"));
        assertEquals("limber-routine-42-0730@limber.example", value(morning, "UID"));
        assertEquals("limber-routine-42-2100@limber.example", value(events.get(1), "UID"));
        assertEquals("PT10M", value(morning, "DURATION"));
        assertEquals("https://limber.example/routines/42/play", value(morning, "URL"));
        Property start = morning.getRequiredProperty("DTSTART");
        assertEquals("Europe/Berlin", start.getParameter("TZID").map(p -> ((net.fortuna.ical4j.model.Parameter) p)
                .getValue()).orElseThrow());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
    }

    /**
     * The event's RRULE expanded by ical4j from its DTSTART (local date-times), placed in the zone by Java, gives the
     * scheduler's own occurrences. (ical4j's own zone arithmetic is not used as the oracle: 4.2.3 places a
     * VTIMEZONE's onsets as if their local times were UTC.)
     */
    @Test
    void recurrenceMatchesTheSchedulerAcrossDst() throws Exception {
        ZoneId zone = ZoneId.of("America/New_York");
        Instant now = Instant.parse("2027-02-20T00:00:00Z");
        String ics = new CalendarFeed("http://localhost:8181").write(List.of(row(5, "Bedtime", MWF, true, "21:30")),
                in(zone.getId()), now);
        VEvent event = (VEvent) parse(ics).getComponents("VEVENT").get(0);
        LocalDateTime start = LocalDateTime.parse(value(event, "DTSTART"), IcsWriter.LOCAL);
        Recur<LocalDateTime> recur = new Recur<>(value(event, "RRULE"));
        LocalDateTime until = LocalDateTime.ofInstant(now, zone).plusWeeks(6);
        List<Instant> fromIcal = recur.getDates(start, start, until).stream()
                .map(local -> ZonedDateTime.of(local, zone).toInstant()).toList();
        PlanSchedule schedule = new PlanSchedule(MWF, PlanScheduleTest.times("21:30"), zone, null);
        List<Instant> expected = new ArrayList<>();
        for (Instant at = schedule.next(now); at.isBefore(ZonedDateTime.of(until, zone).toInstant());
             at = schedule.next(at)) {
            expected.add(at);
        }
        assertEquals(18, expected.size(), "six weeks across the spring change (2027-03-14)");
        assertEquals(expected, fromIcal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Tokyo", "Etc/GMT+5",
            "America/Sao_Paulo", "Africa/Casablanca", "Pacific/Chatham", "America/Santiago", "Asia/Gaza",
            "Europe/Dublin", "Antarctica/Troll", "America/Godthab"})
    void vtimezoneGivesJavasOffsets(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        String ics = new CalendarFeed("http://localhost:8181").write(List.of(row(5, "Daily", MWF, true, "12:00")),
                in(id), NOW);
        VTimeZone vtimezone = (VTimeZone) parse(ics).getComponents("VTIMEZONE").get(0);
        assertEquals(id, value(vtimezone, "TZID"));
        Instant end = NOW.plus(Duration.ofDays(3 * 365));
        TreeMap<Instant, ZoneOffset> onsets = onsets(vtimezone, LocalDateTime.ofInstant(end, ZoneOffset.UTC));
        List<Instant> instants = new ArrayList<>();
        for (Instant at = NOW; at.isBefore(end); at = at.plus(Duration.ofHours(6))) {
            instants.add(at);
        }
        for (var transition = zone.getRules().nextTransition(NOW); transition != null
                && transition.getInstant().isBefore(end); transition = zone.getRules().nextTransition(transition.getInstant())) {
            instants.add(transition.getInstant().minusSeconds(60));
            instants.add(transition.getInstant().plusSeconds(60));
        }
        for (Instant at : instants) {
            assertEquals(zone.getRules().getOffset(at), onsets.floorEntry(at).getValue(), id + " at " + at);
        }
    }

    /** Each observance's onsets (its DTSTART, RRULE expanded by ical4j, RDATEs) as instants, with the offset after. */
    private static TreeMap<Instant, ZoneOffset> onsets(VTimeZone vtimezone, LocalDateTime until) {
        TreeMap<Instant, ZoneOffset> onsets = new TreeMap<>();
        for (Observance observance : vtimezone.getObservances()) {
            LocalDateTime start = LocalDateTime.parse(value(observance, "DTSTART"), IcsWriter.LOCAL);
            ZoneOffset from = offset(value(observance, "TZOFFSETFROM"));
            ZoneOffset to = offset(value(observance, "TZOFFSETTO"));
            List<LocalDateTime> locals = new ArrayList<>();
            locals.add(start);
            String rrule = value(observance, "RRULE");
            if (rrule != null) {
                locals.addAll(new Recur<LocalDateTime>(rrule).getDates(start, start, until));
            }
            for (Property rdate : observance.<Property>getProperties("RDATE")) {
                locals.add(LocalDateTime.parse(rdate.getValue(), IcsWriter.LOCAL));
            }
            locals.forEach(local -> onsets.put(local.toInstant(from), to));
        }
        return onsets;
    }

    private static ZoneOffset offset(String ics) {
        return ZoneOffset.of(ics.substring(0, 3) + ":" + ics.substring(3, 5) + (ics.length() > 5 ? ":"
                + ics.substring(5) : ""));
    }

    @Test
    void utcFeedNeedsNoVTimeZone() throws Exception {
        String ics = new CalendarFeed("http://localhost:8181").write(List.of(row(5, "Daily", MWF, true, "06:00")),
                in("UTC"), NOW);
        assertTrue(ics.contains("DTSTART:20261123T060000Z\r\n"));
        assertFalse(ics.contains("VTIMEZONE"));
        assertEquals(1, parse(ics).getComponents("VEVENT").size());
    }

    @Test
    void emptyFeedIsAValidCalendar() throws Exception {
        String ics = new CalendarFeed("http://localhost:8181").write(List.of(), in("Europe/Berlin"), NOW);
        assertTrue(parse(ics).getComponents().isEmpty());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    }

    @Test
    void textIsEscapedAndControlCharactersDropped() {
        assertEquals("a\\, b\\; c\\\\d\\ne\\nf", IcsWriter.escape("a, b; c\\d\r\ne\nf\u0007"));
        assertEquals("+0530", IcsWriter.offset(java.time.ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("-0330", IcsWriter.offset(java.time.ZoneOffset.ofHoursMinutes(-3, -30)));
    }
}
