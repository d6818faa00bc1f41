package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.routine.rest.internal.RestAssert.assertInvalidField;
import static org.limber.routine.rest.internal.RestAssert.assertProblem;
import static org.limber.routine.rest.internal.RestAssert.assertStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.PainExtent;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** Standing exclusions and the phase, with the suggestion the journal's pain trend makes. */
class ExclusionsAndProgressionRestTest {
    @TempDir
    static Path folder;
    private static RoutineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RoutineServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void exclusionsRoundTripOnceEachInAFixedOrder() throws Exception {
        long user = server.newUser();
        assertEquals(json("{\"exclusions\":[]}"), assertStatus(200, server.get(user, "/exclusions")));

        JsonNode saved = assertStatus(200, server.put(user, "/exclusions",
                "{\"exclusions\":[\"no-standing\",\"no-kneeling\",\"no-face-down\",\"no-kneeling\"]}"));
        JsonNode expected = json("{\"exclusions\":[\"no-kneeling\",\"no-face-down\",\"no-standing\"]}");
        assertEquals(expected, saved);
        assertEquals(expected, assertStatus(200, server.get(user, "/exclusions")));
        assertEquals(json("{\"exclusions\":[]}"), assertStatus(200, server.get(server.newUser(), "/exclusions")),
                "each user has their own");

        assertInvalidField("/exclusions/1", server.put(user, "/exclusions",
                "{\"exclusions\":[\"no-kneeling\",\"no-cartwheels\"]}"));
        assertInvalidField("/exclusions/0", server.put(user, "/exclusions", "{\"exclusions\":[null]}"));
        assertProblem(400, server.put(user, "/exclusions", "{\"exclusions\":\"no-kneeling\"}"));
        assertEquals(expected, assertStatus(200, server.get(user, "/exclusions")));

        assertEquals(json("{\"exclusions\":[]}"), assertStatus(200, server.put(user, "/exclusions",
                "{\"exclusions\":[]}")));
        assertEquals(json("{\"exclusions\":[]}"), assertStatus(200, server.get(user, "/exclusions")));
    }

    @Test
    void thePhaseIsTheUsersToSetAndBadOnesAreNamed() throws Exception {
        long user = server.newUser();
        JsonNode start = assertStatus(200, server.get(user, "/progression"));
        assertEquals("subacute", start.path("current").asText());
        assertEquals("subacute", start.path("suggested").asText());
        assertTrue(start.path("reason").asText().contains("at least 3"), start::toString);
        assertFalse(start.path("changes").isEmpty());

        JsonNode acute = assertStatus(200, server.put(user, "/progression", "{\"phase\":\"acute\"}"));
        assertEquals("acute", acute.path("current").asText());
        assertEquals(acute, assertStatus(200, server.get(user, "/progression")));
        assertTrue(acute.path("changes").valueStream().anyMatch(change -> change.asText().contains("strengthening")),
                acute::toString);

        assertInvalidField("/phase", server.put(user, "/progression", "{\"phase\":\"chronic\"}"));
        assertInvalidField("/phase", server.put(user, "/progression", "{}"));
        assertInvalidField("/phase", server.put(user, "/progression", "null"));
        assertEquals("acute", assertStatus(200, server.get(user, "/progression")).path("current").asText());
    }

    @Test
    void minimalPainInTheJournalSuggestsRecoveryButChangesNothing() throws Exception {
        long user = server.newUser();
        Instant now = Instant.now();
        for (int day = 1; day <= 3; day++) {
            server.journal().addCheckIn(user, new CheckInData(now.minus(Duration.ofDays(day)),
                    CheckInTiming.STANDALONE, null, 2, 1, PainExtent.NONE, false, false, false, null, null, false,
                    Set.of(), null));
        }
        JsonNode progression = assertStatus(200, server.get(user, "/progression"));
        assertEquals("subacute", progression.path("current").asText());
        assertEquals("recovery", progression.path("suggested").asText());
        assertTrue(progression.path("reason").asText().contains("2.0 out of 10"), progression::toString);
        assertEquals("subacute", assertStatus(200, server.get(user, "/progression")).path("current").asText());
    }
}
