package org.limber.reminder.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.limber.account.api.LimberPrincipal;
import org.limber.account.api.Role;
import org.limber.catalog.internal.CatalogComponent;
import org.limber.channel.webhook.internal.WebhookChannel;
import org.limber.channel.webhook.internal.WebhookConfig;
import org.limber.journal.internal.JournalComponent;
import org.limber.reminder.api.ReminderService;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.internal.ReminderComponent;
import org.limber.reminder.internal.ReminderConfig;
import org.limber.rest.Json;
import org.limber.routine.api.RoutineData;
import org.limber.routine.api.RoutineItem;
import org.limber.routine.api.RoutineSection;
import org.limber.routine.api.RoutineService;
import org.limber.routine.api.SectionKind;
import org.limber.routine.internal.RoutineComponent;
import org.limber.routine.rest.testing.SciaticaPack;
import org.limber.safety.internal.SafetyComponent;
import org.limber.storage.internal.SqlStorage;
import org.sqlite.SQLiteDataSource;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The reminder servlets at their whiteboard patterns in a real Jetty on 127.0.0.1, over the real reminder engine
 * (not sending: its configuration disables sending, which plans, preferences and the feed do not need), the real
 * routine service, journal and storage on an SQLite file, the real sciatica pack in the real catalog, and the real
 * webhook channel. A test filter stands in for the account bundle's: header {@code X-Test-User} carries the id of
 * the signed-in user.
 */
final class ReminderServer implements AutoCloseable {
    static final String USER_HEADER = "X-Test-User";
    private static final AtomicInteger USERS = new AtomicInteger();

    private final Server server = new Server();
    private final SqlStorage storage;
    private final RoutineService routines;
    private final ReminderService reminders;
    private final URI root;
    private final HttpClient client = newClient();

    ReminderServer(Path folder) throws Exception {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("limber.db")
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
        dataSource.setBusyTimeout(10000);
        dataSource.setTransactionMode("IMMEDIATE");
        storage = SqlStorage.start(dataSource);
        DispatchingEvents events = new DispatchingEvents();
        CatalogComponent catalog = new CatalogComponent(events);
        catalog.addPack(SciaticaPack::content, SciaticaPack.properties());
        routines = new RoutineComponent(storage.routines(), catalog,
                new JournalComponent(storage.journal(), new SafetyComponent()), events);
        ReminderComponent component = new ReminderComponent(Configs.of(ReminderConfig.class, Map.of("enabled", false,
                "publicUrl", "https://limber.example")), storage.reminders(), storage.routines(), storage.users());
        events.subscribe(RoutineService.CHANGED_TOPIC, component);
        bind(component, "addChannel", new WebhookChannel(Configs.of(WebhookConfig.class, Map.of(
                "allowPrivateAddresses", true, "requestTimeoutSeconds", 5))),
                Map.of(ReminderChannel.CHANNEL_ID, "webhook"));
        reminders = component;

        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new TestSignIn()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new RemindersServlet(reminders, routines)), "/api/v1/reminders/*");
        context.addServlet(new ServletHolder(new CalendarServlet(reminders)), CalendarServlet.PATH + "/*");
        server.setHandler(context);
        server.start();
        root = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** Calls a component's bind method the way Declarative Services does: it need not be public. */
    private static void bind(Object component, String method, Object service, Map<String, Object> properties)
            throws ReflectiveOperationException {
        for (Method candidate : component.getClass().getDeclaredMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == 2) {
                candidate.setAccessible(true);
                candidate.invoke(component, service, properties);
                return;
            }
        }
        throw new NoSuchMethodException(method);
    }

    /** A new account, so that each test starts with no routines and no reminders. */
    long newUser() {
        return storage.users().insert("user" + USERS.incrementAndGet(), "hash", Role.USER, Instant.now())
                .orElseThrow().id();
    }

    /** A routine of the user's, planned on these days, made through the real routine service. */
    long routine(long user, String name, Set<DayOfWeek> days) {
        return routines.create(user, new RoutineData(name, null, days, List.of(new RoutineSection(
                SectionKind.STRETCHING, null, List.of(new RoutineItem("sciatica.knee-to-chest", null, null)))),
                Set.of())).routine().id();
    }

    RoutineService routines() {
        return routines;
    }

    ReminderService reminders() {
        return reminders;
    }

    /** Under {@code /api/v1}. */
    HttpRequest.Builder request(long user, String pathAndQuery) {
        return anonymous(pathAndQuery).header(USER_HEADER, Long.toString(user));
    }

    /** Under {@code /api/v1}. */
    HttpRequest.Builder anonymous(String pathAndQuery) {
        return at("/api/v1" + pathAndQuery);
    }

    /** Any path of the server. */
    HttpRequest.Builder at(String rootPath) {
        return HttpRequest.newBuilder(root.resolve(rootPath)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** For a body the server may refuse unread: Jetty may then drop the connection, so it gets one of its own. */
    HttpResponse<byte[]> sendUnread(HttpRequest request) throws IOException, InterruptedException {
        return newClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(long user, String pathAndQuery) throws IOException, InterruptedException {
        return send(request(user, pathAndQuery).GET().build());
    }

    HttpResponse<byte[]> delete(long user, String path) throws IOException, InterruptedException {
        return send(request(user, path).DELETE().build());
    }

    HttpResponse<byte[]> post(long user, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(user, path);
        return send(json == null ? builder.POST(HttpRequest.BodyPublishers.noBody()).build()
                : builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<byte[]> put(long user, String path, String json) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A body streamed without a length, so that the server finds out its size only by reading it. */
    static HttpRequest streamed(HttpRequest.Builder builder, String method, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Signs the request in as the user named by the test header, the way the account bundle's filter does. */
    private static final class TestSignIn implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String user = ((HttpServletRequest) request).getHeader(USER_HEADER);
            if (user == null) {
                chain.doFilter(request, response);
                return;
            }
            LimberPrincipal principal = new LimberPrincipal(Long.parseLong(user), "user" + user, Role.USER);
            chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
                @Override
                public java.security.Principal getUserPrincipal() {
                    return principal;
                }
            }, response);
        }
    }
}
