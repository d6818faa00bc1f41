package org.limber.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServlet;

/** {@link RestServlet} end to end: a real Jetty on 127.0.0.1 and a real HTTP client. */
class RestServletTest {

    /** An embedded Jetty serving one servlet at {@code /api/*} on an ephemeral loopback port. */
    static final class EmbeddedServer implements AutoCloseable {
        private final Server server = new Server();
        private final URI base;
        private final HttpClient client = newClient();

        EmbeddedServer(HttpServlet servlet) throws Exception {
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder(servlet), "/api/*");
            server.setHandler(context);
            server.start();
            base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api");
        }

        HttpRequest.Builder request(String pathAndQuery) {
            return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20));
        }

        private static HttpClient newClient() {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }

        /**
         * Sends a request whose body the server may answer without reading. Jetty then sometimes closes the
         * connection without saying so, and the shared client would fail its next non-idempotent request on it;
         * a client of its own keeps that connection away from every other request.
         */
        HttpResponse<byte[]> sendUnread(HttpRequest request) throws IOException, InterruptedException {
            return newClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
            return send(request(pathAndQuery).GET().build());
        }

        @Override
        public void close() throws Exception {
            server.stop();
        }
    }

    private static final String SECRET = "jdbc-password-hunter2";
    private static final AtomicInteger BUILT = new AtomicInteger();
    private static final AtomicLong REVISION = new AtomicLong(5);
    /** Part of the lazy route's tag, so that each test starts with no encoded answer cached from another. */
    private static final AtomicLong TEST_RUN = new AtomicLong();

    /** The servlet under test: a handful of routes exercising each part of the base class. */
    static final class TestServlet extends RestServlet {
        private static final long serialVersionUID = 1L;

        TestServlet() {
            get("/", r -> Reply.json(Map.of("root", true)));
            get("/items/{id}", r -> Reply.json(Map.of("id", r.path("id"))));
            get("/items/{id}/report", r -> Reply.json(Map.of("report", r.path("id"))));
            post("/items", r -> Reply.json(r.readBody(Map.class, 1024)));
            get("/lazy", r -> Reply.lazyJson(() -> {
                BUILT.incrementAndGet();
                return Map.of("revision", REVISION.get());
            }, ETags.of(REVISION.get(), TEST_RUN.get() + "?" + r.queryString())));
            get("/private", r -> Reply.json(Map.of("pain", 7)).withCaching(Reply.Caching.NO_STORE));
            get("/boom", r -> {
                throw new IllegalStateException("cannot connect with " + SECRET);
            });
            get("/linkage", r -> {
                throw new NoClassDefFoundError("com/example/" + SECRET);
            });
            get("/exercises/{id}", r -> {
                throw ProblemException.notFound("Exercise", r.path("id"));
            });
            get("/raw", r -> Reply.json(new Reply.Raw("image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8))));
            get("/created", r -> new Reply(201, Map.of("ok", true), null, Reply.Caching.REVALIDATE));
            get("/lazy-failure", r -> Reply.lazyJson(() -> {
                throw new IllegalStateException("cannot build with " + SECRET);
            }, ETags.of(1, "")));
            get("/empty", r -> new Reply(204, null, null, Reply.Caching.REVALIDATE));
        }
    }

    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new EmbeddedServer(new TestServlet());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void reset() {
        BUILT.set(0);
        REVISION.set(5);
        TEST_RUN.incrementAndGet();
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status) throws IOException {
        assertEquals(status, response.statusCode());
        assertEquals(RestServlet.PROBLEM_JSON, header(response, "Content-Type"));
        assertEquals("no-store", header(response, "Cache-Control"));
        JsonNode problem = json(response);
        assertEquals(status, problem.path("status").asInt());
        assertTrue(problem.hasNonNull("type") && problem.hasNonNull("title") && problem.hasNonNull("detail"),
                problem::toString);
    }

    // ---- routing ----

    @Test
    void dispatchesToTheRouteWithItsPathVariables() throws Exception {
        HttpResponse<byte[]> response = server.get("/items/knee-to-chest");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", header(response, "Content-Type"));
        assertEquals("knee-to-chest", json(response).path("id").asText());
        assertEquals("no-cache", header(response, "Cache-Control"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals(String.valueOf(response.body().length), header(response, "Content-Length"));
    }

    @Test
    void longerTemplateIsAnotherRoute() throws Exception {
        HttpResponse<byte[]> response = server.get("/items/bridge/report");

        assertEquals(200, response.statusCode());
        assertEquals("bridge", json(response).path("report").asText());
        assertTrue(json(response).path("id").isMissingNode());
    }

    @Test
    void servletRootIsARoute() throws Exception {
        assertTrue(json(server.get("")).path("root").asBoolean());
        assertTrue(json(server.get("/")).path("root").asBoolean());
    }

    @Test
    void unknownPathIsA404Problem() throws Exception {
        HttpResponse<byte[]> response = server.get("/nothing/here");

        assertProblem(response, 404);
        assertEquals("urn:limber:problem:not-found", json(response).path("type").asText());
    }

    @Test
    void wrongMethodOnAKnownPathIsA405Problem() throws Exception {
        HttpResponse<byte[]> post = server.sendUnread(server.request("/items/bridge")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        HttpResponse<byte[]> delete = server.send(server.request("/items/bridge").DELETE().build());

        assertProblem(post, 405);
        assertTrue(json(post).path("detail").asText().contains("POST"), json(post)::toString);
        assertProblem(delete, 405);
        assertTrue(json(delete).path("detail").asText().contains("DELETE"), json(delete)::toString);
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void postRouteReadsTheBody() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request("/items")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bridge\"}"))
                .header("Content-Type", "application/json").build());

        assertEquals(200, response.statusCode());
        assertEquals("Bridge", json(response).path("name").asText());
    }

    @Test
    void getOnAPostOnlyPathIs405() throws Exception {
        HttpResponse<byte[]> response = server.get("/items");
        assertProblem(response, 405);
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void problemThrownByAHandlerIsAnsweredAsIs() throws Exception {
        HttpResponse<byte[]> response = server.get("/exercises/yoga");

        assertProblem(response, 404);
        assertEquals("There is no exercise with id 'yoga'.", json(response).path("detail").asText());
    }

    @Test
    void badBodyIsA400ProblemNotA500() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request("/items")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":")).header("Content-Type", "application/json")
                .build());

        assertProblem(response, 400);
    }

    // ---- errors ----

    @Test
    void unexpectedExceptionIsA500ThatDoesNotLeakItsMessage() throws Exception {
        HttpResponse<byte[]> response = server.get("/boom");

        assertProblem(response, 500);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains(SECRET), body);
        assertFalse(body.contains("IllegalStateException"), body);
    }

    @Test
    void linkageErrorIsA500ProblemToo() throws Exception {
        HttpResponse<byte[]> response = server.get("/linkage");

        assertProblem(response, 500);
        assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains(SECRET));
    }

    @Test
    void failureWhileBuildingALazyBodyIsA500ProblemThatDoesNotLeak() throws Exception {
        HttpResponse<byte[]> response = server.get("/lazy-failure");

        assertProblem(response, 500);
        assertFalse(new String(response.body(), StandardCharsets.ISO_8859_1).contains(SECRET));
    }

    // ---- caching ----

    @Test
    void matchingIfNoneMatchIs304WithoutBuildingTheBody() throws Exception {
        HttpResponse<byte[]> first = server.get("/lazy?q=knee");
        String etag = header(first, "ETag");

        assertEquals(200, first.statusCode());
        assertEquals(1, BUILT.get());
        assertEquals(5, json(first).path("revision").asLong());
        assertTrue(etag != null && etag.startsWith("W/\""), "ETag: " + etag);

        HttpResponse<byte[]> second = server.send(server.request("/lazy?q=knee")
                .header("If-None-Match", etag).GET().build());

        assertEquals(304, second.statusCode());
        assertEquals(0, second.body().length);
        assertEquals(1, BUILT.get(), "the body must not be built for a 304");
        assertEquals(etag, header(second, "ETag"));
    }

    @Test
    void staleIfNoneMatchBuildsAFreshBody() throws Exception {
        String etag = header(server.get("/lazy"), "ETag");
        REVISION.set(6);

        HttpResponse<byte[]> response = server.send(server.request("/lazy")
                .header("If-None-Match", etag).GET().build());

        assertEquals(200, response.statusCode());
        assertEquals(2, BUILT.get());
        assertEquals(6, json(response).path("revision").asLong());
        assertFalse(etag.equals(header(response, "ETag")));
    }

    @Test
    void anAnswerIsEncodedOncePerTagAndAgainForANewRevision() throws Exception {
        HttpResponse<byte[]> first = server.get("/lazy?q=knee");
        HttpResponse<byte[]> second = server.get("/lazy?q=knee");

        assertEquals(1, BUILT.get(), "the same tag reuses the encoded answer");
        assertEquals(new String(first.body(), StandardCharsets.UTF_8), new String(second.body(), StandardCharsets.UTF_8));

        server.get("/lazy?q=bridge");
        assertEquals(2, BUILT.get(), "another variant is encoded on its own");

        REVISION.set(6);
        assertEquals(6, json(server.get("/lazy?q=knee")).path("revision").asLong());
        assertEquals(3, BUILT.get(), "a new revision is a new tag");
    }

    @Test
    void anotherQueryStringIsAnotherVariant() throws Exception {
        String etag = header(server.get("/lazy?q=knee"), "ETag");

        HttpResponse<byte[]> response = server.send(server.request("/lazy?q=bridge")
                .header("If-None-Match", etag).GET().build());

        assertEquals(200, response.statusCode());
        assertEquals(2, BUILT.get());
    }

    @Test
    void starAndListsInIfNoneMatchAre304() throws Exception {
        String etag = header(server.get("/lazy"), "ETag");

        assertEquals(304, server.send(server.request("/lazy").header("If-None-Match", "*").GET().build())
                .statusCode());
        assertEquals(304, server.send(server.request("/lazy").header("If-None-Match", "\"x\", " + etag)
                .GET().build()).statusCode());
        assertEquals(1, BUILT.get());
    }

    @Test
    void noStoreRepliesSaySo() throws Exception {
        HttpResponse<byte[]> response = server.get("/private");

        assertEquals(200, response.statusCode());
        assertEquals("no-store", header(response, "Cache-Control"));
        assertEquals(7, json(response).path("pain").asInt());
        assertTrue(response.headers().firstValue("ETag").isEmpty(), "private answers get no entity tag");
    }

    @Test
    void answersWithoutARevisionGetAContentTagAndAre304WhenUnchanged() throws Exception {
        HttpResponse<byte[]> first = server.get("/items/bridge");
        String etag = header(first, "ETag");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), etag);
        assertEquals(etag, header(server.get("/items/bridge"), "ETag"), "same content, same tag");
        assertNotEquals(etag, header(server.get("/items/plank"), "ETag"), "other content, other tag");

        HttpResponse<byte[]> again = server.send(server.request("/items/bridge").header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    // ---- bodies ----

    @Test
    void headAnswersHeadersWithoutABody() throws Exception {
        HttpResponse<byte[]> get = server.get("/items/bridge");
        HttpResponse<byte[]> head = server.send(server.request("/items/bridge")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals("application/json", header(head, "Content-Type"));
        assertEquals(String.valueOf(get.body().length), header(head, "Content-Length"));
    }

    @Test
    void headOfAnUnknownPathIs404() throws Exception {
        HttpResponse<byte[]> head = server.send(server.request("/nothing")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(404, head.statusCode());
        assertEquals(0, head.body().length);
    }

    @Test
    void rawBodyKeepsItsContentType() throws Exception {
        HttpResponse<byte[]> response = server.get("/raw");

        assertEquals(200, response.statusCode());
        assertEquals("image/svg+xml", header(response, "Content-Type"));
        assertEquals("<svg/>", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    }

    @Test
    void replyStatusIsUsed() throws Exception {
        HttpResponse<byte[]> created = server.get("/created");
        HttpResponse<byte[]> empty = server.get("/empty");

        assertEquals(201, created.statusCode());
        assertTrue(json(created).path("ok").asBoolean());
        assertEquals(204, empty.statusCode());
        assertEquals(0, empty.body().length);
    }
}
