package org.limber.journal.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.limber.journal.rest.internal.RestAssert.assertBadParameter;
import static org.limber.journal.rest.internal.RestAssert.assertInvalidField;
import static org.limber.journal.rest.internal.RestAssert.assertProblem;
import static org.limber.journal.rest.internal.RestAssert.assertStatus;


import org.junit.jupiter.api.Test;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

class DaysAndPlanRestTest extends JournalRestTest {
    @Test
    void daysAreMarkedListedAndUnmarked() throws Exception {
        assertEquals(Json.mapper().readTree("{\"day\":\"2026-11-20\",\"kind\":\"flare\"}"),
                assertStatus(200, server.put(user, "/days/2026-11-20", "{\"kind\":\"flare\"}")));
        assertStatus(200, server.put(user, "/days/2026-11-18", "{\"kind\":\"flare\"}"));
        assertStatus(200, server.put(user, "/days/2026-11-18", "{\"kind\":\"rest\"}"));

        assertEquals(Json.mapper().readTree("{\"items\":[{\"day\":\"2026-11-18\",\"kind\":\"rest\"},"
                + "{\"day\":\"2026-11-20\",\"kind\":\"flare\"}]}"), assertStatus(200, server.get(user, "/days")));
        assertEquals(1, assertStatus(200, server.get(user, "/days?from=2026-11-19&to=2026-11-30")).path("items")
                .size());

        assertStatus(204, server.delete(user, "/days/2026-11-20"));
        assertProblem(404, server.delete(user, "/days/2026-11-20"));
        assertEquals(1, assertStatus(200, server.get(user, "/days")).path("items").size());
    }

    @Test
    void badDaysAndKindsAre400() throws Exception {
        assertProblem(400, server.put(user, "/days/20-11-2026", "{\"kind\":\"rest\"}"));
        assertProblem(400, server.delete(user, "/days/tomorrow"));
        assertInvalidField("kind", server.put(user, "/days/2026-11-20", "{\"kind\":\"holiday\"}"));
        assertInvalidField("kind", server.put(user, "/days/2026-11-20", "{}"));
        assertInvalidField("day", server.put(user, "/days/1999-12-31", "{\"kind\":\"rest\"}"));
        assertBadParameter("from", server.get(user, "/days?from=2026-13-01"));
    }

    @Test
    void thePlanHasADefaultAndCanBeSet() throws Exception {
        assertEquals(Json.mapper().readTree("{\"sessionsPerWeek\":5,\"restDays\":[],\"timeZone\":\"UTC\"}"),
                assertStatus(200, server.get(user, "/plan")));

        String plan = "{\"sessionsPerWeek\":4,\"restDays\":[\"sunday\",\"wednesday\"],\"timeZone\":\"Europe/Berlin\"}";
        JsonNode inWeekOrder = Json.mapper().readTree(
                "{\"sessionsPerWeek\":4,\"restDays\":[\"wednesday\",\"sunday\"],\"timeZone\":\"Europe/Berlin\"}");
        assertEquals(inWeekOrder, assertStatus(200, server.put(user, "/plan", plan)));
        assertEquals(inWeekOrder, assertStatus(200, server.get(user, "/plan")));
    }

    @Test
    void aBadPlanNamesTheField() throws Exception {
        assertInvalidField("sessionsPerWeek", server.put(user, "/plan",
                "{\"sessionsPerWeek\":22,\"restDays\":[],\"timeZone\":\"UTC\"}"));
        assertInvalidField("sessionsPerWeek", server.put(user, "/plan", "{\"timeZone\":\"UTC\"}"));
        assertInvalidField("timeZone", server.put(user, "/plan",
                "{\"sessionsPerWeek\":3,\"timeZone\":\"Mars/Olympus\"}"));
        assertInvalidField("timeZone", server.put(user, "/plan", "{\"sessionsPerWeek\":3}"));
        assertInvalidField("restDays[1]", server.put(user, "/plan",
                "{\"sessionsPerWeek\":3,\"restDays\":[\"monday\",\"caturday\"],\"timeZone\":\"UTC\"}"));
        assertEquals(5, assertStatus(200, server.get(user, "/plan")).path("sessionsPerWeek").asInt());
    }
}
