package org.limber.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The baseline of the throughput benchmark: plain embedded Jetty 12 (the same 12.0.x that Felix HTTP embeds) with one
 * Jackson servlet at {@code /api/v1/exercises}, no OSGi. It answers with the same JSON body that Limber answers to
 * {@code GET /api/v1/exercises?inBed=true}: the body is read once at start into a plain Java object tree (maps, lists,
 * strings, numbers) and serialized again by Jackson on every request, as Limber serializes its catalog objects on
 * every request; the response headers are Limber's too (Cache-Control, X-Content-Type-Options, ETag).
 *
 * <p>Usage: {@code java -jar limber-benchmarks-baseline.jar --port 18280 --body exercises.json [--host 127.0.0.1]}.
 * Prints {@code BASELINE READY port=N bytes=N} once it listens; stops on SIGTERM.
 */
public final class BaselineServer {
    private BaselineServer() {
    }

    /** Serializes the object tree loaded at start on every GET. */
    static final class ExercisesServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private static final String ETAG = "W/\"baseline-1\"";

        private final transient ObjectMapper mapper;
        private final transient Object body;

        ExercisesServlet(ObjectMapper mapper, Object body) {
            this.mapper = mapper;
            this.body = body;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("ETag", ETAG);
            response.setStatus(200);
            response.setContentType("application/json");
            byte[] bytes = mapper.writeValueAsBytes(body);
            response.setContentLength(bytes.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = 18280;
        String host = "127.0.0.1";
        File bodyFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                case "--body" -> bodyFile = new File(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: --port N --body FILE [--host ADDRESS]");
            }
        }
        if (bodyFile == null || !bodyFile.isFile()) {
            throw new IllegalArgumentException("--body FILE (the JSON to serve) is required and must exist");
        }
        ObjectMapper mapper = JsonMapper.builder().build();
        Object body = mapper.readValue(bodyFile, Object.class);
        int size = mapper.writeValueAsBytes(body).length;

        Server server = new Server(new InetSocketAddress(host, port));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ExercisesServlet(mapper, body)), "/api/v1/exercises");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        System.out.println("BASELINE READY port=" + port + " bytes=" + size);
        System.out.flush();
        server.join();
    }
}
