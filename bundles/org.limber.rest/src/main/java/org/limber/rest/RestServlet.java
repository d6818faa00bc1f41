package org.limber.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Base of every Limber REST servlet: register routes in the constructor with {@link #get}, and this class does the
 * rest: matching the path info against the templates, 404/405 problems, conditional requests with entity tags,
 * writing JSON, and turning exceptions into {@code application/problem+json} (unexpected ones are logged by class
 * and route only, never with request data).
 */
public abstract class RestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RestServlet.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    private record Route(String method, PathTemplate template, Handler handler) {
    }

    private final transient List<Route> routes = new ArrayList<>();
    private final transient RepresentationCache representations = new RepresentationCache(256);

    protected final void get(String template, Handler handler) {
        routes.add(new Route("GET", new PathTemplate(template), handler));
    }

    protected final void post(String template, Handler handler) {
        routes.add(new Route("POST", new PathTemplate(template), handler));
    }

    protected final void put(String template, Handler handler) {
        routes.add(new Route("PUT", new PathTemplate(template), handler));
    }

    protected final void patch(String template, Handler handler) {
        routes.add(new Route("PATCH", new PathTemplate(template), handler));
    }

    protected final void delete(String template, Handler handler) {
        routes.add(new Route("DELETE", new PathTemplate(template), handler));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.template().match(path);
            if (variables.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                answer(route, new RestRequest(request, variables.get()), request, response);
                return;
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            writeProblem(request, response, new Problem("urn:limber:problem:not-found", "Not found", 404,
                    "There is no resource at this path.", List.of()));
            return;
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        response.setHeader("Allow", String.join(", ", allowed));
        writeProblem(request, response, new Problem("about:blank", "Method not allowed", 405,
                "This resource does not answer " + request.getMethod() + "; it answers " + String.join(", ", allowed)
                        + ".", List.of()));
    }

    /** Runs the handler and builds the whole body before anything is sent, so any failure is still a problem. */
    private void answer(Route route, RestRequest restRequest, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        Reply reply;
        Encoded body;
        try {
            reply = route.handler().handle(restRequest);
            if (reply.etag() != null && ETags.matches(request.getHeader("If-None-Match"), reply.etag())) {
                writeHeaders(response, reply);
                response.setStatus(304);
                return;
            }
            body = encode(reply);
            if (reply.etag() == null && body != null && reply.status() == 200
                    && reply.caching() == Reply.Caching.REVALIDATE) {
                reply = new Reply(reply.status(), reply.body(), ETags.ofContent(body.bytes()), reply.caching(),
                        reply.headers());
                if (ETags.matches(request.getHeader("If-None-Match"), reply.etag())) {
                    writeHeaders(response, reply);
                    response.setStatus(304);
                    return;
                }
            }
        } catch (ProblemException e) {
            writeProblem(request, response, e.problem());
            return;
        } catch (Exception | LinkageError e) {
            LOG.error("{} failed on route {} {}", getClass().getSimpleName(), route.method(), route.template(), e);
            writeProblem(request, response, new Problem("about:blank", "Internal server error", 500,
                    "The server could not answer this request; the error is in the server log.", List.of()));
            return;
        }
        writeHeaders(response, reply);
        response.setStatus(reply.status());
        if (body == null) {
            return;
        }
        response.setContentType(body.contentType());
        response.setContentLength(body.bytes().length);
        if (!"HEAD".equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(body.bytes());
            }
        }
    }

    private record Encoded(String contentType, byte[] bytes) {
    }

    /** JSON answers tagged by revision are encoded once per tag (see {@link RepresentationCache}). */
    private Encoded encode(Reply reply) throws IOException {
        boolean cacheable = reply.etag() != null && reply.etag().startsWith("W/") && reply.status() == 200;
        if (cacheable) {
            byte[] cached = representations.get(reply.etag());
            if (cached != null) {
                return new Encoded("application/json", cached);
            }
        }
        Object body = reply.body() instanceof Supplier<?> lazy ? lazy.get() : reply.body();
        if (body == null) {
            return null;
        }
        if (body instanceof Reply.Raw raw) {
            return new Encoded(raw.contentType(), raw.bytes());
        }
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        if (cacheable) {
            representations.put(reply.etag(), bytes);
        }
        return new Encoded("application/json", bytes);
    }

    private static void writeHeaders(HttpServletResponse response, Reply reply) {
        response.setHeader("Cache-Control", reply.caching() == Reply.Caching.NO_STORE ? "no-store" : "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (reply.etag() != null) {
            response.setHeader("ETag", reply.etag());
        }
        reply.headers().forEach(response::setHeader);
    }

    /** Writes a problem; also used by servlets that stream their own responses. */
    public static void writeProblem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        RestRequest.discardUnreadBody(request, response);
        writeProblem(response, problem);
    }

    /** Writes a problem when the request's body has been read or there is none. */
    public static void writeProblem(HttpServletResponse response, Problem problem) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(problem);
        response.setStatus(problem.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(PROBLEM_JSON);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}
