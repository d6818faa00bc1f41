package org.limber.routine.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.limber.routine.rest.internal.RestAssert.assertInvalidField;
import static org.limber.routine.rest.internal.RestAssert.assertProblem;
import static org.limber.routine.rest.internal.RestAssert.assertStatus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.TemplateItem;

import com.fasterxml.jackson.databind.JsonNode;

/** Copying a template of the sciatica pack into the user's own routines. */
class TemplatesRestTest {
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

    @Test
    void everyTemplateOfThePackIsCopiedWithItsSectionsAndDoses() throws Exception {
        List<RoutineTemplate> templates = server.catalog().current().templates();
        assumeFalse(templates.isEmpty(), "the sciatica pack carries no routine templates yet");
        long user = server.newUser();
        for (RoutineTemplate template : templates) {
            JsonNode copied = assertStatus(201, server.post(user, "/routines/from-template",
                    "{\"templateId\":\"" + template.id() + "\"}"));
            JsonNode routine = copied.path("routine");
            assertEquals(template.id(), routine.path("templateId").asText());
            assertEquals(template.name(), routine.path("name").asText());
            assertEquals(template.sections().size(), routine.path("sections").size());
            for (int s = 0; s < template.sections().size(); s++) {
                List<TemplateItem> items = template.sections().get(s).items();
                JsonNode section = routine.path("sections").path(s);
                assertEquals(items.size(), section.path("items").size(), template.id() + " section " + s);
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = section.path("items").path(i);
                    assertEquals(items.get(i).exerciseId(), item.path("exerciseId").asText());
                    assertEquals(items.get(i).holdSeconds(), number(item.path("dose").path("holdSeconds")));
                    assertEquals(items.get(i).reps(), number(item.path("dose").path("reps")));
                    assertEquals(items.get(i).minutes(), number(item.path("dose").path("minutes")));
                }
            }
            assertEquals(routine, assertStatus(200, server.get(user, "/routines/" + routine.path("id").asLong())));
            assertEquals(List.of(), copied.path("warnings").valueStream()
                    .filter(warning -> warning.path("code").asText().equals("unavailable")).toList(),
                    "a template names exercises of its own pack");
        }

        RoutineTemplate first = templates.get(0);
        JsonNode renamed = assertStatus(201, server.post(user, "/routines/from-template",
                "{\"templateId\":\"" + first.id() + "\",\"name\":\"My evening\"}")).path("routine");
        assertEquals("My evening", renamed.path("name").asText());
        assertEquals(templates.size() + 1, assertStatus(200, server.get(user, "/routines")).path("routines").size());
    }

    private static Integer number(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asInt();
    }

    @Test
    void anUnknownTemplateIs404AndAMissingOneIsNamed() throws Exception {
        long user = server.newUser();
        assertProblem(404, server.post(user, "/routines/from-template", "{\"templateId\":\"sciatica.no-such\"}"));
        assertInvalidField("/templateId", server.post(user, "/routines/from-template", "{}"));
        assertInvalidField("/templateId", server.post(user, "/routines/from-template", "{\"templateId\":\" \"}"));
        assertProblem(400, server.post(user, "/routines/from-template", "null"));
        assertEquals(0, assertStatus(200, server.get(user, "/routines")).path("routines").size());
    }
}
