package org.limber.journal.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.journal.rest.internal.RestAssert.assertBadParameter;
import static org.limber.journal.rest.internal.RestAssert.assertInvalidField;
import static org.limber.journal.rest.internal.RestAssert.assertProblem;
import static org.limber.journal.rest.internal.RestAssert.assertStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

class ExportImportRestTest extends JournalRestTest {
    /** A journal with a bit of everything. */
    private void fill(long who) throws Exception {
        assertStatus(200, server.put(who, "/plan",
                "{\"sessionsPerWeek\":4,\"restDays\":[\"sunday\"],\"timeZone\":\"Europe/Berlin\"}"));
        assertStatus(201, server.post(who, "/sessions", """
                {"at":"2026-11-18T20:00:00Z","routineId":"bedtime","routineName":"Bedtime","durationMinutes":10,
                 "notes":"=SUM(A1:A2) tired","exercises":[
                  {"exerciseId":"knee-to-chest","name":"Knee to chest","outcome":"done","sets":1,"reps":3,
                   "holdSeconds":30,"sides":"both","response":"centralized","notes":"felt, good"},
                  {"exerciseId":"cobra","name":"Cobra","outcome":"skipped","sides":"not-sided"}],
                 "before":{"backPain":5,"legPain":6,"legExtent":"thigh","numbness":true,"sittingMinutes":20,
                   "sleepQuality":4,"notes":"line one\\nline \\"two\\""},
                 "after":{"backPain":3,"legPain":3,"legExtent":"buttock"}}"""));
        assertStatus(201, server.post(who, "/sessions", "{\"at\":\"2026-11-19T20:00:00Z\",\"exercises\":[]}"));
        long flagged = assertStatus(201, server.post(who, "/check-ins", """
                {"at":"2026-11-19T07:00:00Z","backPain":8,"legPain":9,"legExtent":"foot","flare":true,
                 "redFlags":["severe-pain","saddle-numbness"]}""")).path("id").asLong();
        assertStatus(200, server.post(who, "/check-ins/" + flagged + "/acknowledge", ""));
        assertStatus(200, server.put(who, "/days/2026-11-17", "{\"kind\":\"rest\"}"));
    }

    private JsonNode export(long who) throws Exception {
        HttpResponse<byte[]> response = server.get(who, "/export");
        JsonNode export = assertStatus(200, response);
        assertEquals("attachment; filename=\"limber-journal.json\"",
                response.headers().firstValue("Content-Disposition").orElse(null));
        return export;
    }

    /** The export without what an import changes: ids (links kept as session positions) and exportedAt. */
    private static JsonNode essence(JsonNode export) {
        ObjectNode copy = export.deepCopy();
        copy.remove("exportedAt");
        List<Long> sessionIds = new ArrayList<>();
        for (JsonNode session : copy.path("sessions")) {
            sessionIds.add(session.path("id").asLong());
            ((ObjectNode) session).remove("id");
        }
        for (JsonNode checkIn : copy.path("checkIns")) {
            ObjectNode c = (ObjectNode) checkIn;
            c.remove("id");
            if (!c.path("sessionId").isNull()) {
                c.put("sessionId", sessionIds.indexOf(c.path("sessionId").asLong()));
            }
        }
        return copy;
    }

    @Test
    void anExportImportsIntoAnotherEmptyAccountLosslessly() throws Exception {
        fill(user);
        JsonNode exported = export(user);
        assertEquals(1, exported.path("formatVersion").asInt());
        assertEquals(3, exported.path("checkIns").size());
        assertEquals(2, exported.path("sessions").size());

        long other = server.newUser();
        JsonNode counts = assertStatus(201, server.post(other, "/import", exported.toString()));

        assertEquals(Json.mapper().readTree("{\"checkIns\":3,\"sessions\":2,\"days\":1}"), counts);
        JsonNode again = export(other);
        assertEquals(essence(exported), essence(again));
        assertTrue(!exported.path("sessions").path(0).path("id").equals(again.path("sessions").path(0).path("id")),
                "the import gives new ids");
    }

    @Test
    void importingIntoAJournalThatIsNotEmptyIs409() throws Exception {
        fill(user);
        JsonNode exported = export(user);

        assertProblem(409, server.post(user, "/import", exported.toString()));
        long other = server.newUser();
        assertStatus(200, server.put(other, "/days/2026-11-01", "{\"kind\":\"flare\"}"));
        assertProblem(409, server.post(other, "/import", exported.toString()));
    }

    @Test
    void anInvalidImportNamesTheRecordAndImportsNothing() throws Exception {
        fill(user);
        ObjectNode exported = (ObjectNode) export(user);
        ((ObjectNode) exported.path("checkIns").path(2)).put("legPain", 12);

        long other = server.newUser();
        assertInvalidField("checkIns[2].legPain", server.post(other, "/import", exported.toString()));
        ((ObjectNode) exported.path("checkIns").path(2)).put("legPain", 2);
        ((ObjectNode) exported.path("sessions").path(0).path("exercises").path(0)).put("sides", "middle");
        assertInvalidField("sessions[0].exercises[0].sides", server.post(other, "/import", exported.toString()));
        ((ObjectNode) exported.path("sessions").path(0).path("exercises").path(0)).put("sides", "left");
        ((ArrayNode) exported.withArray("/days")).add(Json.mapper().readTree("{\"day\":\"2026-11-17\",\"kind\":\"flare\"}"));
        assertInvalidField("days[1].day", server.post(other, "/import", exported.toString()));
        assertInvalidField("formatVersion", server.post(other, "/import", "{\"formatVersion\":7}"));
        assertInvalidField("formatVersion", server.post(other, "/import", "{\"checkIns\":[]}"));

        assertEquals(0, export(other).path("checkIns").size());
        assertEquals(0, export(other).path("sessions").size());
        assertEquals(201, server.post(other, "/import", "{\"formatVersion\":1}").statusCode(),
                "an empty export imports into an empty journal");
    }

    @Test
    void theCsvExportIsAZipOfThreeFiles() throws Exception {
        fill(user);
        HttpResponse<byte[]> response = server.get(user, "/export?format=csv");
        assertStatus(200, response);
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(null));
        assertEquals("attachment; filename=\"limber-journal-csv.zip\"",
                response.headers().firstValue("Content-Disposition").orElse(null));

        Map<String, List<Map<String, String>>> files = unzip(response.body());
        assertEquals(List.of("check-ins.csv", "sessions.csv", "days.csv"), List.copyOf(files.keySet()));

        List<Map<String, String>> checkIns = files.get("check-ins.csv");
        assertEquals(3, checkIns.size());
        assertEquals(CsvExport.CHECK_IN_COLUMNS, List.copyOf(checkIns.get(0).keySet()));
        Map<String, String> before = checkIns.stream().filter(c -> c.get("timing").equals("before-session"))
                .findFirst().orElseThrow();
        assertEquals("line one\nline \"two\"", before.get("notes"));
        assertEquals("thigh", before.get("legExtent"));
        assertEquals("true", before.get("numbness"));
        Map<String, String> flagged = checkIns.stream().filter(c -> c.get("legPain").equals("9")).findFirst()
                .orElseThrow();
        assertEquals("saddle-numbness severe-pain", flagged.get("redFlags"));

        List<Map<String, String>> sessions = files.get("sessions.csv");
        assertEquals(3, sessions.size(), "one row per exercise, and one for the session without exercises");
        assertEquals(CsvExport.SESSION_COLUMNS, List.copyOf(sessions.get(0).keySet()));
        assertEquals(List.of("knee-to-chest", "cobra", ""), sessions.stream().map(s -> s.get("exerciseId")).toList());
        assertEquals("centralized", sessions.get(0).get("response"));
        assertEquals("felt, good", sessions.get(0).get("exerciseNotes"));
        assertEquals("'=SUM(A1:A2) tired", sessions.get(0).get("sessionNotes"), "formulas are defused");
        assertEquals(sessions.get(0).get("sessionId"), sessions.get(1).get("sessionId"));

        assertEquals(List.of(Map.of("day", "2026-11-17", "kind", "rest")), files.get("days.csv"));
    }

    @Test
    void anUnknownFormatIsA400() throws Exception {
        assertBadParameter("format", server.get(user, "/export?format=xml"));
    }

    @Test
    void insightsShowTheJournal() throws Exception {
        fill(user);
        assertStatus(201, server.post(user, "/sessions", "{\"exercises\":[{\"exerciseId\":\"cobra\",\"name\":\"Cobra\","
                + "\"outcome\":\"stopped\",\"response\":\"spread\"}]}"));

        JsonNode insights = assertStatus(200, server.get(user, "/insights"));

        assertEquals(4, insights.path("adherence").path("plannedPerWeek").asInt());
        assertTrue(insights.path("adherence").path("currentStreakDays").asInt() >= 1, insights::toString);
        assertEquals(3, insights.path("pain").size());
        assertEquals("thigh", insights.path("pain").path(0).path("legExtent").asText());
        assertTrue(insights.path("weeks").size() >= 1);
        JsonNode cobra = insights.path("exercises").valueStream()
                .filter(e -> e.path("exerciseId").asText().equals("cobra")).findFirst().orElseThrow();
        assertEquals("stop", cobra.path("verdict").asText());
        JsonNode stop = insights.path("notes").path(0);
        assertEquals("stop-exercise", stop.path("code").asText());
        assertEquals("warning", stop.path("severity").asText());
        assertEquals("cobra", stop.path("exerciseId").asText());
        assertTrue(insights.path("pendingRedFlags").isNull());
    }

    private static Map<String, List<Map<String, String>>> unzip(byte[] zip) throws IOException {
        Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
        CsvMapper csv = new CsvMapper();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                List<Map<String, String>> rows = new ArrayList<>();
                try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
                    while (it.hasNext()) {
                        rows.add(new LinkedHashMap<>(it.next()));
                    }
                }
                files.put(entry.getName(), rows);
            }
        }
        return files;
    }
}
