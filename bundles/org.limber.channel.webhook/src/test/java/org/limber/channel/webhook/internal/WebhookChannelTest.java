package org.limber.channel.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The webhook channel against a real HTTP receiver on a loopback port. */
class WebhookChannelTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant DUE = Instant.parse("2025-03-30T18:30:00Z");
    private static final URI LINK = URI.create("https://limber.example.org/#/play/7");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Receiver receiver;

    WebhookChannelTest() throws IOException {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    static WebhookConfig config(int connectTimeout, int requestTimeout, int maxConcurrent, boolean allowPrivate) {
        return new WebhookConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebhookConfig.class;
            }

            @Override
            public int connectTimeoutSeconds() {
                return connectTimeout;
            }

            @Override
            public int requestTimeoutSeconds() {
                return requestTimeout;
            }

            @Override
            public int maxConcurrent() {
                return maxConcurrent;
            }

            @Override
            public boolean allowPrivateAddresses() {
                return allowPrivate;
            }
        };
    }

    private static WebhookChannel channel() {
        return new WebhookChannel(config(5, 10, 8, true));
    }

    private static ReminderMessage message(URI url, Map<String, String> options) {
        return new ReminderMessage("d-42", url.toString(), options, DUE, "Limber", "Time for your evening routine",
                LINK);
    }

    @Test
    void jsonPresetPostsTheReminderAsJson() throws Exception {
        DeliveryOutcome outcome = channel().deliver(message(receiver.url("/hooks/limber"), Map.of()));

        assertEquals(DeliveryOutcome.delivered("HTTP 200"), outcome);
        Receiver.Received request = receiver.next(WAIT);
        assertEquals("POST", request.method());
        assertEquals("/hooks/limber", request.path());
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals("d-42", request.header("X-Limber-Delivery"));
        assertNull(request.header("X-Limber-Signature"));
        assertEquals(JSON.readTree("{\"deliveryId\":\"d-42\",\"title\":\"Limber\",\"text\":\"Time for your "
                + "evening routine\",\"link\":\"https://limber.example.org/#/play/7\",\"dueAt\":"
                + "\"2025-03-30T18:30:00Z\"}"), JSON.readTree(request.body()));
    }

    @Test
    void ntfyPresetPostsTheTextWithTitleClickAndTags() throws Exception {
        DeliveryOutcome outcome = channel().deliver(message(receiver.url("/limber-evening"),
                Map.of("preset", "ntfy")));

        assertEquals(DeliveryOutcome.delivered("HTTP 200"), outcome);
        Receiver.Received request = receiver.next(WAIT);
        assertEquals("/limber-evening", request.path());
        assertEquals("Time for your evening routine", new String(request.body(), StandardCharsets.UTF_8));
        assertEquals("text/plain; charset=utf-8", request.header("Content-Type"));
        assertEquals("Limber", request.header("Title"));
        assertEquals(LINK.toString(), request.header("Click"));
        assertEquals("alarm_clock", request.header("Tags"));
    }

    @Test
    void ntfyTitleBeyondAsciiTravelsAsAnEncodedWord() throws Exception {
        ReminderMessage message = new ReminderMessage("d-43", receiver.url("/topic").toString(),
                Map.of("preset", "NTFY"), DUE, "Zeit für Dehnübungen", "Zeit für deine Abendroutine", null);

        assertEquals(DeliveryOutcome.delivered("HTTP 200"), channel().deliver(message));

        Receiver.Received request = receiver.next(WAIT);
        String title = request.header("Title");
        assertTrue(title.startsWith("=?UTF-8?B?") && title.endsWith("?="), title);
        assertEquals("Zeit für Dehnübungen", new String(Base64.getDecoder().decode(
                title.substring("=?UTF-8?B?".length(), title.length() - 2)), StandardCharsets.UTF_8));
        assertEquals("Zeit für deine Abendroutine", new String(request.body(), StandardCharsets.UTF_8));
        assertNull(request.header("Click"));
    }

    @Test
    void gotifyPresetPostsTheMessageWithItsClickTarget() throws Exception {
        DeliveryOutcome outcome = channel().deliver(message(receiver.url("/message?token=AbC.123"),
                Map.of("preset", "gotify")));

        assertEquals(DeliveryOutcome.delivered("HTTP 200"), outcome);
        Receiver.Received request = receiver.next(WAIT);
        assertEquals("/message", request.path());
        assertEquals("token=AbC.123", request.query());
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(JSON.readTree("{\"title\":\"Limber\",\"message\":\"Time for your evening routine\","
                + "\"priority\":5,\"extras\":{\"client::notification\":{\"click\":{\"url\":"
                + "\"https://limber.example.org/#/play/7\"}}}}"), JSON.readTree(request.body()));
    }

    @Test
    void aSecretSignsTheExactBodyBytes() throws Exception {
        String secret = "correct horse battery staple";
        channel().deliver(message(receiver.url("/signed"), Map.of("secret", secret)));

        Receiver.Received request = receiver.next(WAIT);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body()));
        assertEquals(expected, request.header("X-Limber-Signature"));
        assertEquals("d-42", request.header("X-Limber-Delivery"));
        JsonNode body = JSON.readTree(request.body());
        assertEquals("d-42", body.get("deliveryId").asText());

        mac.init(new SecretKeySpec("another secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertTrue(!request.header("X-Limber-Signature").equals(
                "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body()))));
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutRetryably() throws Exception {
        receiver.hanging();
        WebhookChannel channel = new WebhookChannel(config(5, 1, 8, true));
        long started = System.nanoTime();

        DeliveryOutcome outcome = channel.deliver(message(receiver.url("/slow"), Map.of()));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(DeliveryOutcome.retryable("The webhook's server did not answer within 1 s"), outcome);
        assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "took " + took);
        assertEquals("/slow", receiver.next(WAIT).path());
    }

    @Test
    void aSlowReceiverCannotTakeMoreThanItsSlots() throws Exception {
        receiver.hanging();
        WebhookChannel channel = new WebhookChannel(config(1, 30, 1, true));
        CompletableFuture<DeliveryOutcome> first = CompletableFuture.supplyAsync(() -> deliverQuietly(channel,
                message(receiver.url("/first"), Map.of())));
        assertEquals("/first", receiver.next(WAIT).path());

        DeliveryOutcome second = channel.deliver(message(receiver.url("/second"), Map.of()));

        assertEquals(DeliveryOutcome.retryable("Too many webhook deliveries in progress; trying again later"), second);
        receiver.close();
        first.get();
        assertTrue(receiver.nothingReceived());
    }

    @Test
    void stoppingLimberInterruptsAWaitingDelivery() throws Exception {
        receiver.hanging();
        WebhookChannel channel = new WebhookChannel(config(5, 30, 8, true));
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<DeliveryOutcome> delivery = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            return deliverQuietly(channel, message(receiver.url("/held"), Map.of()));
        });
        receiver.next(WAIT);

        worker.get().interrupt();

        ExecutionException thrown = assertThrows(ExecutionException.class, delivery::get);
        assertInstanceOf(InterruptedException.class, thrown.getCause().getCause());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503})
    void busyOrFailingReceiversAreRetried(int status) throws Exception {
        receiver.answering(status);

        DeliveryOutcome outcome = channel().deliver(message(receiver.url("/x"), Map.of()));

        DeliveryOutcome.Failed failed = assertInstanceOf(DeliveryOutcome.Failed.class, outcome);
        assertTrue(failed.retryable());
        assertTrue(failed.reason().startsWith("HTTP " + status), failed.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 400, 401, 403, 404, 410, 422})
    void refusalsAreFinal(int status) throws Exception {
        receiver.answering(status);

        DeliveryOutcome outcome = channel().deliver(message(receiver.url("/x"), Map.of()));

        DeliveryOutcome.Failed failed = assertInstanceOf(DeliveryOutcome.Failed.class, outcome);
        assertTrue(!failed.retryable());
        assertTrue(failed.reason().startsWith("HTTP " + status), failed.reason());
    }

    @Test
    void aServerThatIsNotThereIsRetried() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        DeliveryOutcome outcome = channel().deliver(message(URI.create("http://127.0.0.1:" + port + "/x"),
                Map.of()));

        assertEquals(DeliveryOutcome.retryable("Could not connect to the webhook's server"), outcome);
    }

    @Test
    void badAddressesAreRefusedWithReasons() {
        WebhookChannel channel = channel();
        Map<String, String> json = Map.of();
        assertEquals("Enter the webhook URL.", channel.checkAddress(" ", json).orElseThrow());
        assertEquals("The URL must start with http:// or https://.",
                channel.checkAddress("ftp://example.org/x", json).orElseThrow());
        assertEquals("The URL must start with http:// or https://.",
                channel.checkAddress("example.org/hook", json).orElseThrow());
        assertTrue(channel.checkAddress("https://alice:s3cret@example.org/hook", json).orElseThrow()
                .startsWith("Put no user name or password in the URL"));
        assertTrue(channel.checkAddress("https://example.org/a b", json).orElseThrow()
                .startsWith("This is not a valid URL"));
        assertEquals("The URL must name a host, e.g. https://ntfy.example.org/limber.",
                channel.checkAddress("https:///hook", json).orElseThrow());
        assertEquals("The URL is longer than 2000 characters.",
                channel.checkAddress("https://example.org/" + "a".repeat(2000), json).orElseThrow());
        assertEquals("The URL's port must be between 1 and 65535.",
                channel.checkAddress("http://example.org:70000/hook", json).orElseThrow());
        assertEquals("Unknown preset \"slack\": use json, ntfy or gotify.",
                channel.checkAddress("https://example.org/hook", Map.of("preset", "Slack")).orElseThrow());
        assertTrue(channel.checkAddress("https://ntfy.sh/", Map.of("preset", "ntfy")).orElseThrow()
                .startsWith("An ntfy URL names the topic"));
        assertTrue(channel.checkAddress("https://gotify.example.org/message", Map.of("preset", "gotify"))
                .orElseThrow().startsWith("A Gotify URL is the server's /message endpoint"));
        assertTrue(channel.checkAddress("https://gotify.example.org/?token=x", Map.of("preset", "gotify"))
                .orElseThrow().startsWith("A Gotify URL is the server's /message endpoint"));
        assertEquals("The signing secret is longer than 256 characters.", channel.checkAddress(
                "https://example.org/hook", Map.of("secret", "s".repeat(257))).orElseThrow());

        assertTrue(channel.checkAddress("https://example.org/hook", json).isEmpty());
        assertTrue(channel.checkAddress("http://192.168.1.20:8080/hook", Map.of("preset", "json")).isEmpty());
        assertTrue(channel.checkAddress("https://ntfy.sh/limber-evening", Map.of("preset", "ntfy")).isEmpty());
        assertTrue(channel.checkAddress("https://gotify.example.org/gotify/message?token=AbC",
                Map.of("preset", "gotify", "secret", "x")).isEmpty());
    }

    @Test
    void aBadAddressIsNotTriedAtAll() throws Exception {
        DeliveryOutcome outcome = channel().deliver(new ReminderMessage("d-1", "mailto:alice@example.org", Map.of(),
                DUE, "Limber", "Time for your routine", LINK));

        assertEquals(DeliveryOutcome.permanent("The URL must start with http:// or https://."), outcome);
    }

    @Test
    void privateAddressesAreRefusedWhenTheAdministratorSaysSo() throws Exception {
        WebhookChannel channel = new WebhookChannel(config(5, 10, 8, false));
        String refusal = "This Limber does not send webhooks to private network addresses; use a public address.";
        for (String address : List.of("http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]/x",
                "http://10.1.2.3/x", "http://192.168.0.10/x", "http://169.254.169.254/latest", "http://[fd00::1]/x",
                "http://2130706433/x", "http://0.0.0.0/x")) {
            assertEquals(refusal, channel.checkAddress(address, Map.of()).orElse("accepted"), address);
        }
        assertTrue(channel.checkAddress("https://ntfy.sh/limber", Map.of("preset", "ntfy")).isEmpty());

        DeliveryOutcome outcome = channel.deliver(message(receiver.url("/x"), Map.of()));

        assertEquals(DeliveryOutcome.permanent(refusal), outcome);
        assertTrue(receiver.nothingReceived());
    }

    private static DeliveryOutcome deliverQuietly(WebhookChannel channel, ReminderMessage message) {
        try {
            return channel.deliver(message);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
