package org.limber.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link RestRequest} on real servlet requests: each test sends a request to an embedded Jetty, whose servlet hands
 * a {@code RestRequest} to the test's probe and records what the probe returned or threw.
 */
class RestRequestTest {

    @FunctionalInterface
    interface Probe {
        Object apply(RestRequest request) throws Exception;
    }

    /** Runs the current probe on each request; the outcome is recorded before the response completes. */
    static final class ProbeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final transient AtomicReference<Probe> probe = new AtomicReference<>();
        final transient AtomicReference<Object> outcome = new AtomicReference<>();

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            Object result;
            try {
                result = probe.get().apply(new RestRequest(request, Map.of("id", "abc")));
            } catch (Exception | Error e) {
                result = e;
            }
            outcome.set(result == null ? Optional.empty() : result);
            response.setStatus(204);
        }
    }

    private static final ProbeServlet SERVLET = new ProbeServlet();
    private static RestServletTest.EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RestServletTest.EmbeddedServer(SERVLET);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Runs {@code probe} on a request built from {@code request} and returns what it returned or threw. */
    private static Object run(HttpRequest request, Probe probe) throws Exception {
        SERVLET.probe.set(probe);
        SERVLET.outcome.set(null);
        // A probe may leave a body unread (a 415 or 413 does), so bodies go on connections of their own.
        HttpResponse<byte[]> response = request.bodyPublisher().isPresent()
                && request.bodyPublisher().get().contentLength() != 0 ? server.sendUnread(request)
                : server.send(request);
        assertEquals(204, response.statusCode(), "the probe servlet always answers 204");
        Object outcome = SERVLET.outcome.get();
        if (outcome == null) {
            fail("the probe did not run");
        }
        return outcome;
    }

    private static Object get(String query, Probe probe) throws Exception {
        return run(server.request("/probe" + (query.isEmpty() ? "" : "?" + query)).GET().build(), probe);
    }

    private static Object post(String contentType, HttpRequest.BodyPublisher body, Probe probe) throws Exception {
        HttpRequest.Builder builder = server.request("/probe").POST(body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return run(builder.build(), probe);
    }

    private static Problem problem(Object outcome, int status) {
        Problem problem = assertInstanceOf(ProblemException.class, outcome, () -> "expected a problem, got "
                + outcome).problem();
        assertEquals(status, problem.status(), problem::toString);
        return problem;
    }

    /** A 400 naming {@code parameter} in its detail and in its one field error. */
    private static Problem badParameter(Object outcome, String parameter, String messagePart) {
        Problem problem = problem(outcome, 400);
        assertTrue(problem.detail().contains("'" + parameter + "'"), problem::detail);
        assertEquals(1, problem.errors().size(), problem::toString);
        assertEquals(parameter, problem.errors().get(0).parameter());
        assertTrue(problem.errors().get(0).message().contains(messagePart),
                () -> "expected \"" + messagePart + "\" in " + problem.errors().get(0).message());
        return problem;
    }

    // ---- path and query string ----

    @Test
    void pathVariables() throws Exception {
        assertEquals("abc", get("", r -> r.path("id")));
        assertInstanceOf(IllegalStateException.class, get("", r -> r.path("other")));
    }

    @Test
    void queryStringAsSent() throws Exception {
        assertEquals("q=knee&b=1", get("q=knee&b=1", RestRequest::queryString));
        assertEquals("", get("", RestRequest::queryString));
    }

    // ---- strings ----

    @Test
    void stringIsTrimmedAndBlankIsAbsent() throws Exception {
        assertEquals(Optional.of("knee hug"), get("q=%20knee+hug%20", r -> r.string("q", 20)));
        assertEquals(Optional.empty(), get("q=", r -> r.string("q", 20)));
        assertEquals(Optional.empty(), get("q=+++", r -> r.string("q", 20)));
        assertEquals(Optional.empty(), get("other=x", r -> r.string("q", 20)));
    }

    @Test
    void stringLongerThanTheCapIs400() throws Exception {
        assertEquals(Optional.of("abcde"), get("q=abcde", r -> r.string("q", 5)));
        badParameter(get("q=abcdef", r -> r.string("q", 5)), "q", "at most 5 characters");
    }

    // ---- booleans ----

    @Test
    void boolAcceptsTrueAndFalseInAnyCase() throws Exception {
        assertEquals(Optional.of(true), get("inBed=true", r -> r.bool("inBed")));
        assertEquals(Optional.of(true), get("inBed=TRUE", r -> r.bool("inBed")));
        assertEquals(Optional.of(false), get("inBed=False", r -> r.bool("inBed")));
        assertEquals(Optional.empty(), get("", r -> r.bool("inBed")));
        assertEquals(Optional.empty(), get("inBed=", r -> r.bool("inBed")));
    }

    @Test
    void boolRejectsOtherWords() throws Exception {
        badParameter(get("inBed=yes", r -> r.bool("inBed")), "inBed", "'yes' is not true or false");
        badParameter(get("inBed=1", r -> r.bool("inBed")), "inBed", "is not true or false");
        badParameter(get("inBed=falsey", r -> r.bool("inBed")), "inBed", "at most 5 characters");
    }

    // ---- integers ----

    @Test
    void integerWithinRange() throws Exception {
        assertEquals(20, get("size=20", r -> r.integer("size", 50, 1, 500)));
        assertEquals(1, get("size=1", r -> r.integer("size", 50, 1, 500)));
        assertEquals(500, get("size=500", r -> r.integer("size", 50, 1, 500)));
        assertEquals(-3, get("offset=-3", r -> r.integer("offset", 0, -5, 5)));
        assertEquals(2147483647, get("n=2147483647", r -> r.integer("n", 0, 0, Integer.MAX_VALUE)));
    }

    @Test
    void integerAbsentOrBlankIsTheDefault() throws Exception {
        assertEquals(50, get("", r -> r.integer("size", 50, 1, 500)));
        assertEquals(50, get("size=", r -> r.integer("size", 50, 1, 500)));
    }

    @Test
    void integerOutsideTheRangeIs400() throws Exception {
        badParameter(get("size=0", r -> r.integer("size", 50, 1, 500)), "size", "must be from 1 to 500, was 0");
        badParameter(get("size=501", r -> r.integer("size", 50, 1, 500)), "size", "must be from 1 to 500, was 501");
        badParameter(get("size=-1", r -> r.integer("size", 50, 1, 500)), "size", "was -1");
    }

    @Test
    void integerThatIsNotANumberIs400() throws Exception {
        badParameter(get("size=ten", r -> r.integer("size", 50, 1, 500)), "size", "'ten' is not a whole number");
        badParameter(get("size=2.5", r -> r.integer("size", 50, 1, 500)), "size", "'2.5' is not a whole number");
        badParameter(get("size=0x10", r -> r.integer("size", 50, 1, 500)), "size", "is not a whole number");
        // Fits the length cap but not in an int.
        badParameter(get("size=99999999999", r -> r.integer("size", 50, 1, 500)), "size",
                "is not a whole number");
        badParameter(get("size=123456789012", r -> r.integer("size", 50, 1, 500)), "size", "at most 11");
    }

    // ---- repeatable values ----

    @Test
    void valuesFromRepeatedParametersAndCommas() throws Exception {
        Set<String> expected = Set.of("stretch", "activity", "mobility");

        assertEquals(expected, get("c=stretch&c=activity&c=mobility", r -> r.values("c", Function.identity())));
        assertEquals(expected, get("c=stretch,activity,mobility", r -> r.values("c", Function.identity())));
        assertEquals(expected, get("c=stretch,activity&c=mobility", r -> r.values("c", Function.identity())));
        assertEquals(expected, get("c=stretch%2Cactivity&c=mobility", r -> r.values("c", Function.identity())),
                "an encoded comma is still a separator");
    }

    @Test
    void valuesKeepTheirOrderAndAreTrimmedAndDeduplicated() throws Exception {
        Object values = get("c=b,+a+,,b&c=", r -> r.values("c", Function.identity()));

        assertEquals(List.of("b", "a"), List.copyOf((Set<?>) values));
    }

    @Test
    void valuesAreConvertedByTheParser() throws Exception {
        assertEquals(Set.of(3, 4), get("n=3,4", r -> r.values("n", Integer::parseInt)));
        assertEquals(Set.of(), get("", r -> r.values("n", Integer::parseInt)));
    }

    @Test
    void parserFailureIs400NamingTheParameter() throws Exception {
        Problem problem = badParameter(get("n=3,four", r -> r.values("n", Integer::parseInt)), "n", "four");

        assertTrue(problem.detail().startsWith("Query parameter 'n'"), problem::detail);
        badParameter(get("pos=seated,upside-down", r -> r.values("pos", RestRequestTest::position)), "pos",
                "'upside-down' is not a position");
    }

    private static String position(String value) {
        if (!List.of("seated", "standing").contains(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a position");
        }
        return value;
    }

    @Test
    void fiftyValuesAreAllowedButNotFiftyOne() throws Exception {
        String fifty = IntStream.range(0, 50).mapToObj(Integer::toString).collect(Collectors.joining(","));

        assertEquals(50, ((Set<?>) get("n=" + fifty, r -> r.values("n", Function.identity()))).size());
        badParameter(get("n=" + fifty + ",50", r -> r.values("n", Function.identity())), "n", "at most 50 values");
        // Repeats do not count.
        assertEquals(50, ((Set<?>) get("n=" + fifty + "," + fifty, r -> r.values("n", Function.identity())))
                .size());
    }

    @Test
    void valueLongerThan100CharactersIs400() throws Exception {
        String hundred = "x".repeat(100);

        assertEquals(Set.of(hundred), get("v=" + hundred, r -> r.values("v", Function.identity())));
        badParameter(get("v=a," + hundred + "y", r -> r.values("v", Function.identity())), "v",
                "longer than 100 characters");
    }

    // ---- bodies ----

    record Note(String text, int level) {
    }

    private static final Probe READ_NOTE = r -> r.readBody(Note.class, 64);

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    /** A body sent chunked, without a Content-Length, so only reading it reveals its size. */
    private static HttpRequest.BodyPublisher chunked(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    @Test
    void readsAJsonBody() throws Exception {
        assertEquals(new Note("sore", 3), post("application/json", body("{\"text\":\"sore\",\"level\":3}"),
                READ_NOTE));
        assertEquals(new Note("sore", 3), post("application/json; charset=UTF-8",
                body("{\"text\":\"sore\",\"level\":3,\"extra\":true}"), READ_NOTE), "unknown fields are ignored");
        assertEquals(new Note("chunked", 1), post("application/json", chunked("{\"text\":\"chunked\",\"level\":1}"),
                READ_NOTE));
    }

    @Test
    void bodyThatIsNotJsonIs415() throws Exception {
        problem(post("text/plain", body("{\"text\":\"sore\",\"level\":3}"), READ_NOTE), 415);
        problem(post(null, body("{\"text\":\"sore\",\"level\":3}"), READ_NOTE), 415);
        problem(post("application/x-www-form-urlencoded", body("text=sore"), READ_NOTE), 415);
    }

    @Test
    void bodyOverTheCapByContentLengthIs413() throws Exception {
        String big = "{\"text\":\"" + "x".repeat(100) + "\",\"level\":1}";

        Problem problem = problem(post("application/json", body(big), READ_NOTE), 413);
        assertTrue(problem.detail().contains("64 bytes"), problem::detail);
    }

    @Test
    void bodyOverTheCapByActualBytesIs413() throws Exception {
        String big = "{\"text\":\"" + "x".repeat(100) + "\",\"level\":1}";

        problem(post("application/json", chunked(big), READ_NOTE), 413);
    }

    @Test
    void bodyExactlyAtTheCapIsRead() throws Exception {
        String prefix = "{\"text\":\"";
        String suffix = "\",\"level\":1}";
        String exact = prefix + "x".repeat(64 - prefix.length() - suffix.length()) + suffix;
        assertEquals(64, exact.length());

        Object outcome = post("application/json", chunked(exact), READ_NOTE);
        assertEquals(1, assertInstanceOf(Note.class, outcome).level());
        problem(post("application/json", chunked(exact + " "), READ_NOTE), 413);
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() throws Exception {
        Problem problem = problem(post("application/json", body("{\n  \"text\": \"sore\",\n  \"level\": }"),
                READ_NOTE), 400);

        assertTrue(problem.detail().contains("at line 3, column "), problem::detail);
        assertEquals("Malformed JSON", problem.title());
    }

    @Test
    void trailingContentIs400() throws Exception {
        problem(post("application/json", body("{\"text\":\"a\",\"level\":1} {}"), READ_NOTE), 400);
    }

    @Test
    void wrongTypeIs400() throws Exception {
        problem(post("application/json", body("{\"text\":\"a\",\"level\":\"high\"}"), READ_NOTE), 400);
    }

    @Test
    void duplicateKeysAreRejected() throws Exception {
        Problem problem = problem(post("application/json", body("{\"text\":\"a\",\"level\":1,\"level\":2}"),
                READ_NOTE), 400);

        assertTrue(problem.detail().contains("level"), problem::detail);
    }

    @Test
    void nestingBeyondTheLimitIs400() throws Exception {
        int depth = Json.MAX_NESTING_DEPTH + 1;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        String allowed = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);
        Probe readAny = r -> r.readBody(Object.class, RestRequest.MAX_BODY_BYTES);

        assertInstanceOf(List.class, post("application/json", body(allowed), readAny));
        Problem problem = problem(post("application/json", body(deep), readAny), 400);
        assertTrue(problem.detail().startsWith("The body is nested or sized beyond the limits"),
                problem::detail);
    }

    @Test
    void nestingBeyondTheLimitInsideARecordIs400() throws Exception {
        int depth = Json.MAX_NESTING_DEPTH + 1;
        String deep = "{\"text\":\"a\",\"level\":1,\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

        Problem problem = problem(post("application/json", body(deep), r -> r.readBody(Note.class, 4096)), 400);
        assertTrue(problem.detail().startsWith("The body is nested or sized beyond the limits"),
                problem::detail);
    }
}
