package org.limber.reminder.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.reminder.rest.internal.RestAssert.assertProblem;
import static org.limber.reminder.rest.internal.RestAssert.assertStatus;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The calendar feed: behind a token shown once, readable without signing in, gone once revoked or replaced. */
class CalendarRestTest {
    @TempDir
    static Path folder;
    private static ReminderServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ReminderServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<byte[]> feed(String url) throws Exception {
        return server.send(server.at(url).GET().build());
    }

    @Test
    void theFeedShowsTheRoutinesUntilItsTokenIsRevoked() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Evening stretch", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        assertStatus(200, server.put(user, "/reminders/routines/" + routine, "{\"times\":[\"19:30\"]}"));
        assertEquals(false, assertStatus(200, server.get(user, "/reminders/calendar")).path("active").asBoolean());

        String url = assertStatus(201, server.post(user, "/reminders/calendar", null)).path("url").asText();
        assertTrue(url.matches("/calendar/[A-Za-z0-9_-]{20,}\\.ics"), url);
        assertEquals(true, assertStatus(200, server.get(user, "/reminders/calendar")).path("active").asBoolean());

        HttpResponse<byte[]> feed = feed(url);
        assertStatus(200, feed);
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertEquals("no-referrer", feed.headers().firstValue("Referrer-Policy").orElse(null));
        String ics = new String(feed.body(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size(), ics);
        assertEquals("Evening stretch", events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(ics.contains("19:30") || ics.contains("T1930"), ics);

        String replaced = assertStatus(201, server.post(user, "/reminders/calendar", null)).path("url").asText();
        assertNotEquals(url, replaced);
        assertProblem(404, feed(url));
        assertStatus(200, feed(replaced));

        assertStatus(204, server.delete(user, "/reminders/calendar"));
        assertEquals(false, assertStatus(200, server.get(user, "/reminders/calendar")).path("active").asBoolean());
        assertProblem(404, feed(replaced));
        assertStatus(204, server.delete(user, "/reminders/calendar"));
    }

    @Test
    void eachFeedShowsOnlyItsOwnUsersRoutines() throws Exception {
        long ann = server.newUser();
        long bob = server.newUser();
        long annsRoutine = server.routine(ann, "Ann's secret routine", EnumSet.of(DayOfWeek.MONDAY));
        assertStatus(200, server.put(ann, "/reminders/routines/" + annsRoutine, "{\"times\":[\"07:00\"]}"));
        long bobsRoutine = server.routine(bob, "Bob's routine", EnumSet.of(DayOfWeek.TUESDAY));
        assertStatus(200, server.put(bob, "/reminders/routines/" + bobsRoutine, "{\"times\":[\"08:00\"]}"));
        assertStatus(201, server.post(ann, "/reminders/calendar", null));

        HttpResponse<byte[]> bobs = feed(assertStatus(201, server.post(bob, "/reminders/calendar", null))
                .path("url").asText());
        assertStatus(200, bobs);
        String ics = new String(bobs.body(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("Bob's routine"), ics);
        assertFalse(ics.contains("Ann"), ics);
    }

    @Test
    void unknownAndMalformedTokensAre404() throws Exception {
        for (String path : new String[] {"/calendar/999999", "/calendar/" + "A".repeat(43) + ".ics",
            "/calendar/abc.ics", "/calendar/.ics", "/calendar/" + "x".repeat(200) + ".ics", "/calendar/a/b.ics"}) {
            assertProblem(404, feed(path));
        }
    }
}
