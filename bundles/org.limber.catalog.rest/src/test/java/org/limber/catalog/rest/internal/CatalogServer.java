package org.limber.catalog.rest.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.spi.ExercisePack;
import org.limber.catalog.internal.CatalogComponent;
import org.limber.pack.loader.internal.parse.PackParser;
import org.limber.pack.loader.internal.parse.ParseOutcome;
import org.limber.pack.loader.internal.parse.ResourceResolver;
import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalog's servlets at their whiteboard patterns in a real Jetty on 127.0.0.1, over the real catalog component
 * fed with packs this repository ships, parsed by the real pack parser. No sign-in filter: these resources are public.
 */
final class CatalogServer implements AutoCloseable {
    private static final Path BUNDLES = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("..").normalize();

    final CatalogComponent catalog = new CatalogComponent(null);
    private final Server server = new Server();
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    CatalogServer() throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new TemplatesServlet(catalog)), "/api/v1/templates/*");
        context.addServlet(new ServletHolder(new ExercisesServlet(catalog)), "/api/v1/exercises/*");
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** The sciatica pack (format 2, with templates) from its module. */
    static PackContent sciatica() throws IOException {
        return parse("org.limber.pack.sciatica", "sciatica.pack.json");
    }

    /** The desk-break pack (format 1, no templates) from its module. */
    static PackContent deskBreak() throws IOException {
        return parse("org.limber.pack.deskbreak", "desk-break.pack.json");
    }

    private static PackContent parse(String module, String document) throws IOException {
        Path folder = BUNDLES.resolve(module).resolve("src/main/resources/pack");
        ResourceResolver files = path -> {
            Path file = folder.resolve(path);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        };
        ParseOutcome outcome = new PackParser().parse(document, Files.readAllBytes(folder.resolve(document)), files);
        if (outcome instanceof ParseOutcome.Accepted accepted) {
            return accepted.content();
        }
        throw new IllegalStateException(module + " does not load: " + outcome);
    }

    /** Publishes a pack the way the loader's service does. */
    void add(PackContent content) {
        catalog.addPack(() -> content, properties(content));
    }

    void remove(PackContent content) {
        catalog.removePack(() -> content, properties(content));
    }

    private static Map<String, Object> properties(PackContent content) {
        return Map.of(ExercisePack.PACK_ID, content.info().id(), ExercisePack.PACK_VERSION, content.info().version());
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
