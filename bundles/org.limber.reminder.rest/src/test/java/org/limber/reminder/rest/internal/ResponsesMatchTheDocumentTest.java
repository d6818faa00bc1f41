package org.limber.reminder.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.rest.Json;
import org.limber.routine.rest.testing.ApiDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/** What the reminder resources really send, answer by answer, is what their OpenAPI document says. */
class ResponsesMatchTheDocumentTest {
    @TempDir
    static Path folder;
    private static ReminderServer server;
    private static ApiDocument document;
    private static HttpServer receiver;

    @BeforeAll
    static void start() throws Exception {
        server = new ReminderServer(folder);
        document = new ApiDocument(new RemindersApiDocument().document());
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() throws Exception {
        receiver.stop(0);
        server.close();
    }

    /** Sends {@code method} to {@code path} (the template with its variables filled in), checks the answer by it. */
    private static JsonNode call(long user, String method, String template, String path, String body, int status)
            throws Exception {
        HttpRequest.Builder builder = server.at(path);
        if (user > 0) {
            builder.header(ReminderServer.USER_HEADER, Long.toString(user));
        }
        HttpResponse<byte[]> response = server.send(body == null ? builder.method(method,
                HttpRequest.BodyPublishers.noBody()).build() : builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(status, response.statusCode(), () -> method + " " + path + ": " + new String(response.body()));
        document.assertDocuments(method, template, response);
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return response.body().length == 0 || !json ? null : Json.mapper().readTree(response.body());
    }

    @Test
    void everyAnswerOfTheReminderResourcesIsDocumented() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Evening stretch", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        String plan = "/api/v1/reminders/routines/{id}";
        String mine = "/api/v1/reminders/routines/" + routine;

        call(user, "GET", plan, mine, null, 200);
        call(user, "GET", plan, "/api/v1/reminders/routines/999999", null, 404);
        call(user, "POST", plan + "/snooze", mine + "/snooze", null, 404);
        call(user, "PUT", plan, mine, "{\"times\":[\"07:30\",\"19:00\"],\"channelIds\":[\"webhook\",\"email\"]}", 200);
        call(user, "PUT", plan, mine, "{\"times\":[\"7\"]}", 400);
        call(user, "PUT", plan, "/api/v1/reminders/routines/999999", "{\"times\":[]}", 404);
        call(user, "POST", plan + "/snooze", mine + "/snooze", "{\"minutes\":20}", 200);
        call(user, "POST", plan + "/snooze", mine + "/snooze", null, 200);
        call(user, "POST", plan + "/snooze", mine + "/snooze", "{\"minutes\":-1}", 400);
        call(user, "POST", plan + "/done", mine + "/done", null, 204);
        call(user, "POST", plan + "/done", "/api/v1/reminders/routines/999999/done", null, 404);

        call(user, "GET", "/api/v1/reminders/preferences", "/api/v1/reminders/preferences", null, 200);
        call(user, "PUT", "/api/v1/reminders/preferences", "/api/v1/reminders/preferences",
                "{\"timeZone\":\"Europe/Lisbon\",\"quietFrom\":\"23:00\",\"quietUntil\":\"06:30\",\"dailyCap\":4,"
                        + "\"snoozeMinutes\":20,\"detailedText\":false}", 200);
        call(user, "PUT", "/api/v1/reminders/preferences", "/api/v1/reminders/preferences",
                "{\"timeZone\":\"Lisbon\"}", 400);

        String address = "/api/v1/reminders/addresses/{channelId}";
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        call(user, "PUT", address, "/api/v1/reminders/addresses/webhook", "{\"address\":\"" + hook
                + "\",\"options\":{\"secret\":\"s3cret-s3cret\"}}", 200);
        call(user, "PUT", address, "/api/v1/reminders/addresses/webhook", "{\"address\":\"ftp://x\"}", 400);
        call(user, "GET", "/api/v1/reminders/addresses", "/api/v1/reminders/addresses", null, 200);
        call(user, "GET", "/api/v1/reminders/channels", "/api/v1/reminders/channels", null, 200);
        String test = "/api/v1/reminders/channels/{channelId}/test";
        call(user, "POST", test, "/api/v1/reminders/channels/webhook/test", null, 200);
        call(user, "POST", test, "/api/v1/reminders/channels/email/test", null, 404);
        call(user, "GET", "/api/v1/reminders", "/api/v1/reminders", null, 200);
        call(user, "GET", "/api/v1/reminders/deliveries", "/api/v1/reminders/deliveries?limit=10", null, 200);
        call(user, "GET", "/api/v1/reminders/deliveries", "/api/v1/reminders/deliveries?limit=-3", null, 400);
        call(user, "DELETE", address, "/api/v1/reminders/addresses/webhook", null, 204);
        call(user, "POST", test, "/api/v1/reminders/channels/webhook/test", null, 400);

        String calendar = "/api/v1/reminders/calendar";
        call(user, "GET", calendar, calendar, null, 200);
        String url = call(user, "POST", calendar, calendar, null, 201).path("url").asText();
        call(0, "GET", "/calendar/{file}", url, null, 200);
        call(user, "DELETE", calendar, calendar, null, 204);
        call(0, "GET", "/calendar/{file}", url, null, 404);
    }

    @Test
    void refusedBodiesAreDocumented() throws Exception {
        long user = server.newUser();
        long routine = server.routine(user, "Daily", EnumSet.allOf(DayOfWeek.class));
        String huge = "{\"address\":\"" + "x".repeat(64 * 1024) + "\"}";
        for (String[] call : new String[][] {{"PUT", "/api/v1/reminders/routines/{id}"},
            {"POST", "/api/v1/reminders/routines/{id}/snooze"}, {"PUT", "/api/v1/reminders/preferences"},
            {"PUT", "/api/v1/reminders/addresses/{channelId}"}}) {
            String path = call[1].replace("{id}", Long.toString(routine)).replace("{channelId}", "webhook");
            HttpResponse<byte[]> tooLarge = server.sendUnread(ReminderServer.streamed(server.at(path)
                    .header(ReminderServer.USER_HEADER, Long.toString(user)), call[0], huge));
            assertEquals(413, tooLarge.statusCode(), String.join(" ", call));
            document.assertDocuments(call[0], call[1], tooLarge);
            HttpResponse<byte[]> notJson = server.send(server.at(path).header(ReminderServer.USER_HEADER,
                    Long.toString(user)).header("Content-Type", "text/plain")
                    .method(call[0], HttpRequest.BodyPublishers.ofString("minutes=5")).build());
            assertEquals(415, notJson.statusCode(), String.join(" ", call));
            document.assertDocuments(call[0], call[1], notJson);
            HttpResponse<byte[]> malformed = server.send(server.at(path).header(ReminderServer.USER_HEADER,
                    Long.toString(user)).header("Content-Type", "application/json")
                    .method(call[0], HttpRequest.BodyPublishers.ofString("{\"times\":")).build());
            assertEquals(400, malformed.statusCode(), String.join(" ", call));
            assertEquals("no-store", malformed.headers().firstValue("Cache-Control").orElse(null));
            document.assertDocuments(call[0], call[1], malformed);
        }
    }
}
