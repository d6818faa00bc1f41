package org.limber.reminder.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.reminder.rest.internal.RestAssert.assertInvalidField;
import static org.limber.reminder.rest.internal.RestAssert.assertProblem;
import static org.limber.reminder.rest.internal.RestAssert.assertStatus;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Channels and the user's addresses on them, with test reminders through the real webhook channel. */
class ChannelsRestTest {
    /** What a webhook receiver got: the delivery header and the body. */
    private record Received(String path, String delivery, String body) {
    }

    @TempDir
    static Path folder;
    private static ReminderServer server;
    private static HttpServer receiver;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = new ReminderServer(folder);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> answer(exchange, 204));
        receiver.createContext("/busy", exchange -> answer(exchange, 503));
        receiver.createContext("/gone", exchange -> answer(exchange, 404));
        receiver.start();
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            RECEIVED.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Limber-Delivery"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @AfterAll
    static void stop() throws Exception {
        receiver.stop(0);
        server.close();
    }

    private static String hook(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void anAddressIsSetUsedForATestReminderAndRemoved() throws Exception {
        long user = server.newUser();
        JsonNode channels = assertStatus(200, server.get(user, "/reminders/channels")).path("channels");
        assertEquals(Json.mapper().readTree("[{\"id\":\"webhook\",\"label\":\"Webhook\",\"installed\":true,"
                + "\"addressLabel\":\"Webhook URL\",\"optionKeys\":[\"preset\",\"secret\"],\"ready\":false}]"),
                channels);
        assertInvalidField("/address", server.post(user, "/reminders/channels/webhook/test", null));

        JsonNode address = assertStatus(200, server.put(user, "/reminders/addresses/webhook",
                "{\"address\":\"" + hook("/hook") + "\",\"options\":{\"preset\":\"json\"}}"));
        assertEquals(Json.mapper().readTree("{\"channelId\":\"webhook\",\"address\":\"" + hook("/hook")
                + "\",\"options\":{\"preset\":\"json\"}}"), address);
        assertEquals(List.of(address), assertStatus(200, server.get(user, "/reminders/addresses"))
                .path("addresses").valueStream().toList());
        assertTrue(assertStatus(200, server.get(user, "/reminders/channels")).path("channels").path(0)
                .path("ready").asBoolean());

        int before = RECEIVED.size();
        JsonNode outcome = assertStatus(200, server.post(user, "/reminders/channels/webhook/test", null));
        assertEquals("delivered", outcome.path("outcome").asText(), outcome::toString);
        assertEquals(before + 1, RECEIVED.size(), "the test answers once the receiver has it");
        Received received = RECEIVED.get(before);
        assertEquals("/hook", received.path());
        assertTrue(received.delivery() != null && !received.delivery().isBlank());
        JsonNode payload = Json.mapper().readTree(received.body());
        assertEquals(received.delivery(), payload.path("deliveryId").asText());
        assertTrue(payload.path("link").asText().startsWith("https://limber.example/"), payload::toString);

        assertStatus(204, server.delete(user, "/reminders/addresses/webhook"));
        assertEquals(0, assertStatus(200, server.get(user, "/reminders/addresses")).path("addresses").size());
        assertInvalidField("/address", server.post(user, "/reminders/channels/webhook/test", null));
        assertStatus(204, server.delete(user, "/reminders/addresses/webhook"));
    }

    @Test
    void aFailingReceiverIsRetryableOrFailedAsItsAnswerSays() throws Exception {
        long user = server.newUser();
        assertStatus(200, server.put(user, "/reminders/addresses/webhook", "{\"address\":\"" + hook("/busy") + "\"}"));
        assertEquals("retryable", assertStatus(200, server.post(user, "/reminders/channels/webhook/test", null))
                .path("outcome").asText());
        assertStatus(200, server.put(user, "/reminders/addresses/webhook", "{\"address\":\"" + hook("/gone") + "\"}"));
        JsonNode failed = assertStatus(200, server.post(user, "/reminders/channels/webhook/test", null));
        assertEquals("failed", failed.path("outcome").asText());
        assertFalse(failed.path("detail").asText().isBlank());
    }

    @Test
    void badAddressesAreNamedAndChangeNothing() throws Exception {
        long user = server.newUser();
        String good = "{\"address\":\"" + hook("/hook") + "\"}";
        JsonNode saved = assertStatus(200, server.put(user, "/reminders/addresses/webhook", good));

        assertInvalidField("/address", server.put(user, "/reminders/addresses/webhook", "{\"address\":\"not a url\"}"));
        assertInvalidField("/address", server.put(user, "/reminders/addresses/webhook", "{\"options\":{}}"));
        assertInvalidField("/address", server.put(user, "/reminders/addresses/webhook", "{\"address\":\" \"}"));
        assertInvalidField("/options/colour", server.put(user, "/reminders/addresses/webhook",
                "{\"address\":\"" + hook("/hook") + "\",\"options\":{\"colour\":\"red\"}}"));
        assertInvalidField("/options/preset", server.put(user, "/reminders/addresses/webhook",
                "{\"address\":\"" + hook("/hook") + "\",\"options\":{\"preset\":null}}"));
        assertInvalidField("/channelId", server.put(user, "/reminders/addresses/email", good));
        assertProblem(400, server.put(user, "/reminders/addresses/webhook", "{\"address\":"));

        assertEquals(List.of(saved), assertStatus(200, server.get(user, "/reminders/addresses")).path("addresses")
                .valueStream().toList());
        assertEquals(0, assertStatus(200, server.get(server.newUser(), "/reminders/addresses")).path("addresses")
                .size(), "each user has their own");
    }

    @Test
    void aChannelThatIsNotInstalledIs404ToTestAndListedWhileAPlanNamesIt() throws Exception {
        long user = server.newUser();
        assertProblem(404, server.post(user, "/reminders/channels/email/test", null));
        assertProblem(404, server.post(user, "/reminders/channels/NO%20SUCH/test", null));

        long routine = server.routine(user, "Daily", EnumSet.allOf(DayOfWeek.class));
        assertStatus(200, server.put(user, "/reminders/routines/" + routine,
                "{\"times\":[\"07:00\"],\"channelIds\":[\"email\",\"webhook\"]}"));
        JsonNode channels = assertStatus(200, server.get(user, "/reminders/channels")).path("channels");
        assertEquals(List.of("email", "webhook"), channels.valueStream().map(c -> c.path("id").asText()).toList());
        assertEquals(Json.mapper().readTree("{\"id\":\"email\",\"label\":\"email\",\"installed\":false,"
                + "\"addressLabel\":null,\"optionKeys\":[],\"ready\":false}"), channels.path(0));
        assertEquals(channels, assertStatus(200, server.get(user, "/reminders")).path("channels"));
    }
}
