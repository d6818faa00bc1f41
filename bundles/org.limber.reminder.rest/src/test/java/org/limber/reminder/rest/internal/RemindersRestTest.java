package org.limber.reminder.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.reminder.rest.internal.RestAssert.assertInvalidField;
import static org.limber.reminder.rest.internal.RestAssert.assertProblem;
import static org.limber.reminder.rest.internal.RestAssert.assertStatus;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** Reminder plans and preferences over HTTP, with the next reminders they give. */
class RemindersRestTest {
    private static final Set<DayOfWeek> MON_WED_FRI = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.FRIDAY);

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

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void aPlanRoundTripsAndGivesTheNextRemindersOnThePlannedDays() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Evening stretch", MON_WED_FRI);
        assertEquals(json("{\"routineId\":" + routine + ",\"routineName\":\"Evening stretch\",\"days\":[\"monday\","
                + "\"wednesday\",\"friday\"],\"times\":[],\"channelIds\":[],\"enabled\":false}"),
                assertStatus(200, server.get(user, "/reminders/routines/" + routine)), "no plan yet");

        Instant before = Instant.now();
        JsonNode saved = assertStatus(200, server.put(user, "/reminders/routines/" + routine,
                "{\"times\":[\"19:00\",\"07:30\"],\"channelIds\":[\"webhook\"],\"enabled\":true}"));
        JsonNode plan = json("{\"routineId\":" + routine + ",\"routineName\":\"Evening stretch\",\"days\":[\"monday\","
                + "\"wednesday\",\"friday\"],\"times\":[\"07:30\",\"19:00\"],\"channelIds\":[\"webhook\"],"
                + "\"enabled\":true}");
        assertEquals(plan, saved.path("plan"));
        JsonNode upcoming = saved.path("upcoming");
        assertFalse(upcoming.isEmpty());
        for (JsonNode next : upcoming) {
            assertEquals(routine, next.path("routineId").asLong());
            assertEquals("Evening stretch", next.path("routineName").asText());
            assertFalse(next.path("snoozed").asBoolean());
            ZonedDateTime at = Instant.parse(next.path("at").asText()).atZone(ZoneOffset.UTC);
            assertTrue(at.toInstant().isAfter(before), next::toString);
            assertTrue(MON_WED_FRI.contains(at.getDayOfWeek()), next::toString);
            assertTrue(Set.of(LocalTime.of(7, 30), LocalTime.of(19, 0)).contains(at.toLocalTime()), next::toString);
        }
        assertEquals(plan, assertStatus(200, server.get(user, "/reminders/routines/" + routine)));

        JsonNode overview = assertStatus(200, server.get(user, "/reminders"));
        assertEquals(List.of(plan), overview.path("plans").valueStream().toList());
        assertEquals(upcoming.get(0), overview.path("upcoming").path(0));
        assertEquals("UTC", overview.path("preferences").path("timeZone").asText());
        assertEquals("webhook", overview.path("channels").path(0).path("id").asText());

        JsonNode paused = assertStatus(200, server.put(user, "/reminders/routines/" + routine,
                "{\"times\":[\"07:30\"],\"channelIds\":[\"webhook\"],\"enabled\":false}"));
        assertFalse(paused.path("plan").path("enabled").asBoolean());
        assertEquals(0, paused.path("upcoming").size(), "a paused plan reminds of nothing");
        assertEquals(0, assertStatus(200, server.get(user, "/reminders")).path("upcoming").size());
        assertTrue(assertStatus(200, server.put(user, "/reminders/routines/" + routine, "{\"times\":[\"07:30\"]}"))
                .path("plan").path("enabled").asBoolean(), "a plan is enabled unless it says otherwise");
    }

    @Test
    void theRoutinesNewDaysMoveItsReminders() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Bedtime", EnumSet.of(DayOfWeek.SUNDAY));
        assertStatus(200, server.put(user, "/reminders/routines/" + routine, "{\"times\":[\"21:00\"]}"));

        var data = server.routines().routine(user, routine).orElseThrow().data();
        server.routines().update(user, routine, new org.limber.routine.api.RoutineData(data.name(), data.notes(),
                EnumSet.of(DayOfWeek.TUESDAY), data.sections(), data.keptDespiteStop()));

        JsonNode overview = assertStatus(200, server.get(user, "/reminders"));
        assertEquals(json("[\"tuesday\"]"), overview.path("plans").path(0).path("days"));
        assertEquals(DayOfWeek.TUESDAY, Instant.parse(overview.path("upcoming").path(0).path("at").asText())
                .atZone(ZoneOffset.UTC).getDayOfWeek());
    }

    @Test
    void aBadTimeOrChannelIsNamedAndThePlanStaysAsItWas() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Morning", MON_WED_FRI);
        String path = "/reminders/routines/" + routine;
        JsonNode plan = assertStatus(200, server.put(user, path, "{\"times\":[\"07:30\"]}")).path("plan");

        assertInvalidField("/times/0", server.put(user, path, "{\"times\":[\"7:30\"]}"));
        assertInvalidField("/times/0", server.put(user, path, "{\"times\":[\"25:00\"]}"));
        assertInvalidField("/times/1", server.put(user, path, "{\"times\":[\"07:30\",\"half past seven\"]}"));
        assertInvalidField("/times/1", server.put(user, path, "{\"times\":[\"07:30\",null]}"));
        assertInvalidField("/times/1", server.put(user, path, "{\"times\":[\"07:30\",\"07:30\"]}"));
        assertInvalidField("/times", server.put(user, path, "{\"times\":[\"00:00\",\"01:00\",\"02:00\",\"03:00\","
                + "\"04:00\",\"05:00\",\"06:00\",\"07:00\",\"08:00\",\"09:00\",\"10:00\",\"11:00\",\"12:00\"]}"));
        assertInvalidField("/channelIds/0", server.put(user, path, "{\"times\":[],\"channelIds\":[\"Web Hook\"]}"));
        assertInvalidField("/channelIds/0", server.put(user, path, "{\"times\":[],\"channelIds\":[null]}"));
        assertProblem(400, server.put(user, path, "{\"times\":\"07:30\"}"));
        assertProblem(400, server.put(user, path, "{\"times\":[\"07:30\"]"));
        assertProblem(400, server.put(user, path, "null"));

        assertEquals(plan, assertStatus(200, server.get(user, path)));
    }

    @Test
    void anUnknownOrAnotherUsersRoutineIs404() throws Exception {
        long ann = server.newUser();
        long bob = server.newUser();
        long routine = server.routine(ann, "Ann's", MON_WED_FRI);
        assertStatus(200, server.put(ann, "/reminders/routines/" + routine, "{\"times\":[\"08:00\"]}"));
        JsonNode plan = assertStatus(200, server.get(ann, "/reminders/routines/" + routine));

        for (String path : new String[] {"/reminders/routines/" + routine, "/reminders/routines/999999",
            "/reminders/routines/evening"}) {
            assertProblem(404, server.get(bob, path));
            assertProblem(404, server.put(bob, path, "{\"times\":[\"09:00\"]}"));
            assertProblem(404, server.post(bob, path + "/snooze", "{\"minutes\":10}"));
            assertProblem(404, server.post(bob, path + "/done", null));
        }
        JsonNode overview = assertStatus(200, server.get(bob, "/reminders"));
        assertEquals(0, overview.path("plans").size());
        assertEquals(0, overview.path("upcoming").size());
        assertEquals(plan, assertStatus(200, server.get(ann, "/reminders/routines/" + routine)));
    }

    @Test
    void preferencesRoundTripAndABadZoneIsNamed() throws Exception {
        long user = server.newUser();
        assertEquals(json("{\"timeZone\":\"UTC\",\"quietFrom\":null,\"quietUntil\":null,\"dailyCap\":null,"
                + "\"snoozeMinutes\":10,\"detailedText\":false}"),
                assertStatus(200, server.get(user, "/reminders/preferences")));

        JsonNode berlin = json("{\"timeZone\":\"Europe/Berlin\",\"quietFrom\":\"22:00\",\"quietUntil\":\"07:00\","
                + "\"dailyCap\":3,\"snoozeMinutes\":15,\"detailedText\":true}");
        assertEquals(berlin, assertStatus(200, server.put(user, "/reminders/preferences", berlin.toString())));
        assertEquals(berlin, assertStatus(200, server.get(user, "/reminders/preferences")));

        assertInvalidField("/timeZone", server.put(user, "/reminders/preferences",
                berlin.toString().replace("Europe/Berlin", "Mars/Olympus_Mons")));
        assertInvalidField("/quietFrom", server.put(user, "/reminders/preferences",
                berlin.toString().replace("\"22:00\"", "\"10pm\"")));
        assertInvalidField("/quietUntil", server.put(user, "/reminders/preferences",
                berlin.toString().replace("\"07:00\"", "null")));
        assertInvalidField("/dailyCap", server.put(user, "/reminders/preferences",
                berlin.toString().replace("\"dailyCap\":3", "\"dailyCap\":0")));
        assertInvalidField("/snoozeMinutes", server.put(user, "/reminders/preferences",
                berlin.toString().replace("\"snoozeMinutes\":15", "\"snoozeMinutes\":1")));
        assertProblem(400, server.put(user, "/reminders/preferences", "{\"dailyCap\":\"three\"}"));
        assertEquals(berlin, assertStatus(200, server.get(user, "/reminders/preferences")));

        assertEquals(json("{\"timeZone\":\"Europe/Berlin\",\"quietFrom\":null,\"quietUntil\":null,\"dailyCap\":null,"
                + "\"snoozeMinutes\":15,\"detailedText\":true}"),
                assertStatus(200, server.put(user, "/reminders/preferences", "{}")),
                "left out, the zone, snooze and text stay; quiet hours and the cap mean none");
        assertEquals("UTC", assertStatus(200, server.get(server.newUser(), "/reminders/preferences"))
                .path("timeZone").asText(), "each user has their own");
    }

    @Test
    void remindersFollowTheUsersTimeZone() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Daily", EnumSet.allOf(DayOfWeek.class));
        assertStatus(200, server.put(user, "/reminders/preferences", "{\"timeZone\":\"Asia/Kathmandu\"}"));
        JsonNode upcoming = assertStatus(200, server.put(user, "/reminders/routines/" + routine,
                "{\"times\":[\"07:30\"]}")).path("upcoming");
        assertFalse(upcoming.isEmpty());
        for (JsonNode next : upcoming) {
            assertEquals(LocalTime.of(7, 30), Instant.parse(next.path("at").asText())
                    .atZone(ZoneId.of("Asia/Kathmandu")).toLocalTime(), next::toString);
        }
    }

    @Test
    void aSnoozeBringsTheNextReminderForwardAndDoneIsAccepted() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Daily", EnumSet.allOf(DayOfWeek.class));
        String path = "/reminders/routines/" + routine;
        assertProblem(404, server.post(user, path + "/snooze", null));
        // One time a day, hours away from now, so that the snooze is what comes next.
        LocalTime far = LocalTime.now(ZoneOffset.UTC).plusHours(6).truncatedTo(ChronoUnit.MINUTES);
        assertStatus(200, server.put(user, path, "{\"times\":[\"" + far.toString().substring(0, 5) + "\"]}"));

        Instant before = Instant.now();
        JsonNode snoozed = assertStatus(200, server.post(user, path + "/snooze", "{\"minutes\":30}")).path("upcoming");
        assertEquals(routine, snoozed.path("routineId").asLong());
        assertTrue(snoozed.path("snoozed").asBoolean());
        Duration in = Duration.between(before, Instant.parse(snoozed.path("at").asText()));
        assertTrue(in.compareTo(Duration.ofMinutes(29)) > 0 && in.compareTo(Duration.ofMinutes(31)) < 0, in::toString);
        assertEquals(snoozed, assertStatus(200, server.get(user, "/reminders")).path("upcoming").path(0));

        JsonNode byDefault = assertStatus(200, server.post(user, path + "/snooze", null)).path("upcoming");
        Duration preferred = Duration.between(before, Instant.parse(byDefault.path("at").asText()));
        assertTrue(preferred.compareTo(Duration.ofMinutes(9)) > 0 && preferred.compareTo(Duration.ofMinutes(11)) < 0,
                "the preferred snooze, 10 minutes: " + preferred);

        assertInvalidField("/minutes", server.post(user, path + "/snooze", "{\"minutes\":0}"));
        assertInvalidField("/minutes", server.post(user, path + "/snooze", "{\"minutes\":1441}"));

        assertStatus(204, server.post(user, path + "/done", null));
        JsonNode next = assertStatus(200, server.get(user, "/reminders")).path("upcoming").path(0);
        assertFalse(next.path("snoozed").asBoolean(), "done drops the snooze");
        assertEquals(far, Instant.parse(next.path("at").asText()).atZone(ZoneOffset.UTC).toLocalTime());
    }

    @Test
    void theDeliveryLogStartsEmptyAndItsLimitIsChecked() throws Exception {
        long user = server.newUser();
        assertEquals(json("{\"deliveries\":[]}"), assertStatus(200, server.get(user, "/reminders/deliveries")));
        assertEquals(json("{\"deliveries\":[]}"), assertStatus(200, server.get(user, "/reminders/deliveries?limit=5")));
        RestAssert.assertBadParameter("limit", server.get(user, "/reminders/deliveries?limit=0"));
        RestAssert.assertBadParameter("limit", server.get(user, "/reminders/deliveries?limit=501"));
        RestAssert.assertBadParameter("limit", server.get(user, "/reminders/deliveries?limit=all"));
    }
}
