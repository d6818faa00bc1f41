package org.limber.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.catalog.rest.internal.CatalogServer.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.catalog.api.model.PackContent;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code GET /api/v1/templates} and {@code /api/v1/templates/{id}} over the real catalog and the shipped packs. */
class TemplatesRestTest {
    private static final Set<String> TEMPLATE_KEYS = Set.of("id", "packId", "name", "summary", "minutes", "phases",
            "advice", "sections", "sourceIds");
    private static final Set<String> ITEM_KEYS = Set.of("exerciseId", "holdSeconds", "reps", "sets", "perSide",
            "restSeconds", "minutes", "note");

    private static CatalogServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new CatalogServer();
        server.add(CatalogServer.sciatica());
        server.add(CatalogServer.deskBreak());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode assertJson(int status, HttpResponse<byte[]> response) throws IOException {
        assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
        return json(response);
    }

    static JsonNode assertProblem(int status, HttpResponse<byte[]> response) throws IOException {
        assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null));
        JsonNode problem = json(response);
        assertEquals(status, problem.path("status").asInt());
        return problem;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void listsEveryPacksTemplatesWithoutSignIn() throws Exception {
        JsonNode body = assertJson(200, server.get("/api/v1/templates"));

        assertEquals(Set.of("templates"), keys(body));
        List<String> ids = new ArrayList<>();
        body.path("templates").forEach(t -> ids.add(t.path("id").asText()));
        assertEquals(List.of("sciatica.acute-phase", "sciatica.bedtime-in-bed", "sciatica.gentle-daily"), ids,
                "by pack, then by name; the desk-break pack has none");
    }

    @Test
    void aTemplateHasTheContractsShape() throws Exception {
        JsonNode bedtime = assertJson(200, server.get("/api/v1/templates/sciatica.bedtime-in-bed"));

        assertEquals(TEMPLATE_KEYS, keys(bedtime));
        assertEquals("sciatica", bedtime.path("packId").asText());
        assertEquals("Bedtime routine in bed", bedtime.path("name").asText());
        assertEquals(5, bedtime.path("minutes").path("min").asInt());
        assertEquals(10, bedtime.path("minutes").path("max").asInt());
        assertEquals("[\"acute\",\"subacute\",\"recovery\"]", bedtime.path("phases").toString());
        assertEquals("[\"s000\"]", bedtime.path("sourceIds").toString());
        assertTrue(bedtime.path("advice").size() >= 4);
        JsonNode section = bedtime.path("sections").path(0);
        assertEquals(Set.of("kind", "title", "items"), keys(section));
        assertEquals("stretching", section.path("kind").asText());
        JsonNode item = section.path("items").path(0);
        assertEquals(ITEM_KEYS, keys(item), "every dose field is present, null when the exercise's default");
        assertEquals("sciatica.knee-to-chest", item.path("exerciseId").asText());
        assertEquals(30, item.path("holdSeconds").asInt());
        assertTrue(item.path("perSide").asBoolean());
        assertTrue(item.path("reps").isNull());
        assertTrue(item.path("restSeconds").isNull());
    }

    @Test
    void theGentleDailyRoutineKeepsItsFiveSectionsAndDoses() throws Exception {
        JsonNode daily = assertJson(200, server.get("/api/v1/templates/sciatica.gentle-daily"));

        List<String> kinds = new ArrayList<>();
        daily.path("sections").forEach(s -> kinds.add(s.path("kind").asText()));
        assertEquals(List.of("warm-up", "stretching", "strengthening", "mobility", "finish"), kinds);
        JsonNode warmUp = daily.path("sections").path(0).path("items");
        assertEquals("sciatica.walking", warmUp.path(0).path("exerciseId").asText());
        assertEquals(2, warmUp.path(0).path("minutes").asInt());
        assertEquals(15, warmUp.path(1).path("reps").asInt());
        JsonNode pressUp = daily.path("sections").path(1).path("items").path(2);
        assertEquals("sciatica.mckenzie-press-up", pressUp.path("exerciseId").asText());
        assertEquals(10, pressUp.path("reps").asInt());
        assertTrue(pressUp.path("note").asText().startsWith("Only if it helps"), pressUp::toString);
    }

    @Test
    void everyItemNamesAnExerciseTheCatalogServes() throws Exception {
        JsonNode body = assertJson(200, server.get("/api/v1/templates"));
        Set<String> exerciseIds = new TreeSet<>();
        body.path("templates").forEach(t -> t.path("sections").forEach(s -> s.path("items")
                .forEach(i -> exerciseIds.add(i.path("exerciseId").asText()))));

        assertTrue(exerciseIds.size() >= 8, exerciseIds::toString);
        for (String id : exerciseIds) {
            assertEquals(id, assertJson(200, server.get("/api/v1/exercises/" + id)).path("id").asText());
        }
    }

    @Test
    void anUnknownTemplateIsANotFoundProblem() throws Exception {
        JsonNode problem = assertProblem(404, server.get("/api/v1/templates/sciatica.no-such-routine"));

        assertEquals("urn:limber:problem:not-found", problem.path("type").asText());
        assertTrue(problem.path("detail").asText().contains("sciatica.no-such-routine"), problem::toString);
        assertProblem(404, server.get("/api/v1/templates/bedtime-in-bed"));
    }

    @Test
    void templatesAreReadOnly() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<byte[]> response = server.send(method, "/api/v1/templates/sciatica.gentle-daily");
            assertProblem(405, response);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(null), method);
        }
    }

    @Test
    void answersAreTaggedAndRevalidated() throws Exception {
        for (String path : List.of("/api/v1/templates", "/api/v1/templates/sciatica.acute-phase")) {
            HttpResponse<byte[]> first = server.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(null));

            HttpResponse<byte[]> again = server.get(path, "If-None-Match", etag);

            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length);
        }
        assertNotEquals(server.get("/api/v1/templates").headers().firstValue("ETag"),
                server.get("/api/v1/templates/sciatica.acute-phase").headers().firstValue("ETag"));
    }

    @Test
    void templatesComeAndGoWithTheirPack() throws Exception {
        try (CatalogServer own = new CatalogServer()) {
            PackContent sciatica = CatalogServer.sciatica();
            assertEquals(0, assertJson(200, own.get("/api/v1/templates")).path("templates").size());
            String emptyTag = own.get("/api/v1/templates").headers().firstValue("ETag").orElseThrow();

            own.add(sciatica);

            HttpResponse<byte[]> listed = own.get("/api/v1/templates", "If-None-Match", emptyTag);
            assertEquals(3, assertJson(200, listed).path("templates").size(), "a new revision, a new tag");
            assertJson(200, own.get("/api/v1/templates/sciatica.gentle-daily"));

            own.remove(sciatica);

            assertEquals(0, assertJson(200, own.get("/api/v1/templates")).path("templates").size());
            assertProblem(404, own.get("/api/v1/templates/sciatica.gentle-daily"));
        }
    }
}
