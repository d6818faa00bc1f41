package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.routine.rest.internal.RestAssert.assertProblem;
import static org.limber.routine.rest.internal.RestAssert.assertStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.journal.api.CheckInData;
import org.limber.journal.api.CheckInTiming;
import org.limber.journal.api.ExerciseDone;
import org.limber.journal.api.Insights;
import org.limber.journal.api.Outcome;
import org.limber.journal.api.PainExtent;
import org.limber.journal.api.Response;
import org.limber.journal.api.SessionData;
import org.limber.journal.api.Sides;

import com.fasterxml.jackson.databind.JsonNode;

/** The sources' routine rules as the UI meets them: the 409 to keep or swap, and the warnings of /check. */
class RoutineRulesRestTest {
    private static final String TWIST = "sciatica.supine-twist";

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

    static String routine(String kind, List<String> exercises, List<String> days, List<String> kept) {
        StringBuilder items = new StringBuilder();
        for (String exercise : exercises) {
            items.append(items.isEmpty() ? "" : ",").append("{\"exerciseId\":\"").append(exercise).append("\"}");
        }
        return "{\"name\":\"Routine\",\"days\":" + strings(days) + ",\"sections\":[{\"kind\":\"" + kind
                + "\",\"items\":[" + items + "]}],\"keptDespiteStop\":" + strings(kept) + "}";
    }

    private static String strings(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").toList().toString().replace(", ", ",");
    }

    static List<String> codes(JsonNode warnings) {
        return warnings.valueStream().map(warning -> warning.path("code").asText()).toList();
    }

    static JsonNode warning(JsonNode warnings, String code) {
        return warnings.valueStream().filter(warning -> warning.path("code").asText().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " warning in " + warnings));
    }

    /** A session with the twist after which leg pain spread from the buttock to below the knee. */
    private static void legPainSpreadAfterTheTwist(long user) {
        Instant at = Instant.now().minus(Duration.ofDays(2));
        server.journal().addCheckIn(user, new CheckInData(at.minusSeconds(60), CheckInTiming.BEFORE_SESSION, null,
                3, 2, PainExtent.BUTTOCK, false, false, false, null, null, false, Set.of(), null));
        long session = server.journal().addSession(user, new SessionData(at, null, null, 15, List.of(
                new ExerciseDone("sciatica.knee-to-chest", "Knee to chest", Outcome.DONE, 1, 2, 20, Sides.BOTH,
                        Response.NO_CHANGE, null),
                new ExerciseDone(TWIST, "Supine spinal twist", Outcome.STOPPED, 1, 1, 30, Sides.LEFT,
                        Response.SPREAD, null)), null)).id();
        server.journal().addCheckIn(user, new CheckInData(at.plusSeconds(20 * 60), CheckInTiming.AFTER_SESSION,
                session, 3, 6, PainExtent.BELOW_KNEE, false, true, false, null, null, false, Set.of(), null));
        assertEquals(Insights.Verdict.STOP, server.journal().insights(user).exercises().stream()
                .filter(response -> response.exerciseId().equals(TWIST)).findFirst().orElseThrow().verdict());
    }

    @Test
    void anExerciseTheJournalSaysToStopIsKeptOnlyWhenTheUserSaysSo() throws Exception {
        long user = server.newUser();
        legPainSpreadAfterTheTwist(user);
        String unanswered = routine("stretching", List.of("sciatica.knee-to-chest", TWIST), List.of(), List.of());

        JsonNode problem = assertProblem(409, server.post(user, "/routines", unanswered));
        assertEquals(Calls.NEEDS_CONFIRMATION, problem.path("type").asText());
        assertEquals(1, problem.path("warnings").size(), problem::toString);
        JsonNode stop = problem.path("warnings").path(0);
        assertEquals("stop-this-one", stop.path("code").asText());
        assertEquals(TWIST, stop.path("exerciseId").asText());
        assertTrue(stop.path("needsConfirmation").asBoolean());
        assertTrue(stop.path("message").asText().contains("Supine spinal twist"), stop::toString);
        assertEquals(0, assertStatus(200, server.get(user, "/routines")).path("routines").size(),
                "nothing is saved before the user answers");

        JsonNode checked = assertStatus(200, server.post(user, "/routines/check", unanswered)).path("warnings");
        assertTrue(warning(checked, "stop-this-one").path("needsConfirmation").asBoolean());

        JsonNode saved = assertStatus(201, server.post(user, "/routines",
                routine("stretching", List.of("sciatica.knee-to-chest", TWIST), List.of(), List.of(TWIST))));
        long id = saved.path("routine").path("id").asLong();
        assertEquals(List.of(TWIST), saved.path("routine").path("keptDespiteStop").valueStream()
                .map(JsonNode::asText).toList());
        JsonNode kept = warning(saved.path("warnings"), "stop-this-one");
        assertFalse(kept.path("needsConfirmation").asBoolean());
        assertEquals(TWIST, kept.path("exerciseId").asText());

        JsonNode stored = assertStatus(200, server.get(user, "/routines/" + id));
        assertProblem(409, server.put(user, "/routines/" + id, unanswered));
        assertEquals(stored, assertStatus(200, server.get(user, "/routines/" + id)), "a refused update changes nothing");

        JsonNode swapped = assertStatus(200, server.put(user, "/routines/" + id, routine("stretching",
                List.of("sciatica.knee-to-chest", "sciatica.lying-piriformis"), List.of(), List.of())));
        assertFalse(codes(swapped.path("warnings")).contains("stop-this-one"));
    }

    @Test
    void strengtheningOnMoreThanThreeDaysIsTooOften() throws Exception {
        long user = server.newUser();
        JsonNode warnings = assertStatus(200, server.post(user, "/routines/check", routine("strengthening",
                List.of("sciatica.glute-bridge"), List.of("monday", "tuesday", "wednesday", "thursday"),
                List.of()))).path("warnings");

        JsonNode frequency = warning(warnings, "strengthening-frequency");
        assertTrue(frequency.path("exerciseId").isNull());
        assertFalse(frequency.path("needsConfirmation").asBoolean());
        assertTrue(frequency.path("message").asText().contains("4 days"), frequency::toString);
        assertFalse(codes(warnings).contains("strengthening-rest-day"));
    }

    @Test
    void strengtheningOnConsecutiveDaysNeedsARestDay() throws Exception {
        long user = server.newUser();
        for (List<String> days : List.of(List.of("monday", "tuesday"), List.of("sunday", "monday"))) {
            JsonNode warnings = assertStatus(200, server.post(user, "/routines/check", routine("strengthening",
                    List.of("sciatica.glute-bridge"), days, List.of()))).path("warnings");
            assertEquals(List.of("strengthening-rest-day"), codes(warnings), days::toString);
        }
        JsonNode spaced = assertStatus(200, server.post(user, "/routines/check", routine("strengthening",
                List.of("sciatica.glute-bridge"), List.of("monday", "wednesday", "friday"), List.of())));
        assertEquals(List.of(), codes(spaced.path("warnings")));
        JsonNode stretching = assertStatus(200, server.post(user, "/routines/check", routine("stretching",
                List.of("sciatica.knee-to-chest"), List.of("monday", "tuesday", "wednesday", "thursday", "friday"),
                List.of())));
        assertEquals(List.of(), codes(stretching.path("warnings")), "gentle stretching can be daily");
    }

    @Test
    void theUsersOtherRoutinesCountButTheOneBeingEditedOnlyOnce() throws Exception {
        long user = server.newUser();
        String mondayWednesday = routine("strengthening", List.of("sciatica.bird-dog"),
                List.of("monday", "wednesday"), List.of());
        long id = assertStatus(201, server.post(user, "/routines", mondayWednesday)).path("routine").path("id")
                .asLong();

        String fridaySaturday = routine("warm-up", List.of("sciatica.glute-bridge"), List.of("friday", "saturday"),
                List.of());
        assertTrue(codes(assertStatus(200, server.post(user, "/routines/check", fridaySaturday)).path("warnings"))
                .contains("strengthening-frequency"), "a strengthening exercise counts in any section");
        assertEquals(List.of(), codes(assertStatus(200, server.post(user, "/routines/check?id=" + id,
                mondayWednesday)).path("warnings")));
        assertEquals(List.of("strengthening-rest-day"), codes(assertStatus(200, server.post(user,
                "/routines/check?id=" + id, routine("strengthening", List.of("sciatica.bird-dog"),
                        List.of("monday", "tuesday"), List.of()))).path("warnings")));

        JsonNode problem = assertProblem(400, server.post(user, "/routines/check?id=first", mondayWednesday));
        assertEquals("id", problem.path("errors").path(0).path("parameter").asText());
    }

    @Test
    void inTheAcutePhaseStrengtheningAndExercisesForLaterPhasesAreWarnedAbout() throws Exception {
        long user = server.newUser();
        String body = routine("strengthening", List.of("sciatica.pelvic-tilt", "sciatica.glute-bridge"),
                List.of("monday"), List.of());
        assertEquals(List.of(), codes(assertStatus(200, server.post(user, "/routines/check", body))
                .path("warnings")), "subacute until the user says otherwise");

        assertStatus(200, server.put(user, "/progression", "{\"phase\":\"acute\"}"));
        JsonNode warnings = assertStatus(200, server.post(user, "/routines/check", body)).path("warnings");
        assertTrue(warning(warnings, "acute-strengthening").path("exerciseId").isNull());
        JsonNode caution = warning(warnings, "acute-caution");
        assertEquals("sciatica.glute-bridge", caution.path("exerciseId").asText(),
                "the pelvic tilt suits the acute phase; the bridge does not");
        assertEquals(2, warnings.size(), warnings::toString);

        JsonNode saved = assertStatus(201, server.post(user, "/routines", body));
        assertEquals(codes(warnings), codes(saved.path("warnings")), "warnings never stop a save");
    }

    @Test
    void anExcludedExerciseIsWarnedAboutAndMarkedInThePlayer() throws Exception {
        long user = server.newUser();
        String body = routine("mobility", List.of("sciatica.cat-cow", "sciatica.knee-to-chest"), List.of(),
                List.of());
        assertEquals(List.of(), codes(assertStatus(200, server.post(user, "/routines/check", body))
                .path("warnings")));

        assertStatus(200, server.put(user, "/exclusions", "{\"exclusions\":[\"no-kneeling\"]}"));
        JsonNode warnings = assertStatus(200, server.post(user, "/routines/check", body)).path("warnings");
        assertEquals(List.of("excluded"), codes(warnings));
        assertEquals("sciatica.cat-cow", warnings.path(0).path("exerciseId").asText());
        assertTrue(warnings.path(0).path("message").asText().contains("no kneeling"), warnings::toString);

        long id = assertStatus(201, server.post(user, "/routines", body)).path("routine").path("id").asLong();
        JsonNode items = assertStatus(200, server.get(user, "/routines/" + id + "/play")).path("sections").path(0)
                .path("items");
        assertTrue(items.path(0).path("excluded").asBoolean());
        assertTrue(items.path(0).path("available").asBoolean(), "an excluded exercise is marked, never removed");
        assertFalse(items.path(1).path("excluded").asBoolean());
    }
}
