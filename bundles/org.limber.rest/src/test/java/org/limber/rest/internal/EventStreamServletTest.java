package org.limber.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.limber.rest.EventStreams;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The event stream in a real Jetty, with a filter in front that signs the request in as the user a test header
 * names, as Limber's session filter does from the session cookie.
 */
class EventStreamServletTest {
    static final String USER_HEADER = "X-Test-User";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server = new Server();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<SseClient> streams = new ArrayList<>();
    private EventStreamServlet servlet;
    private URI uri;

    @BeforeEach
    void start() throws Exception {
        servlet = new EventStreamServlet();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        FilterHolder signIn = new FilterHolder((Filter) (request, response, chain) -> {
            String user = ((HttpServletRequest) request).getHeader(USER_HEADER);
            chain.doFilter(user == null ? request : new SignedIn((HttpServletRequest) request, user), response);
        });
        signIn.setAsyncSupported(true);
        context.addFilter(signIn, "/api/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/api/v1/events");
        server.setHandler(context);
        server.start();
        uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/v1/events");
    }

    @AfterEach
    void stop() throws Exception {
        for (SseClient stream : streams) {
            stream.close();
        }
        servlet.deactivate();
        server.stop();
    }

    private SseClient open(String user) throws IOException, InterruptedException {
        SseClient stream = new SseClient(client, uri, user);
        streams.add(stream);
        return stream;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + WAIT + ": " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static Event reminderFor(String username) {
        return new Event("org/limber/reminder/REMINDER", Map.of(EventStreams.RECIPIENT, username,
                "deliveryId", "d-7", "title", "Limber", "text", "Time for your evening routine",
                "link", "http://localhost:8181/#/play/3", "dueAt", "2025-03-30T18:30:00Z"));
    }

    private static Event catalogChanged() {
        return new Event("org/limber/catalog/CHANGED", Map.of("revision", 12L));
    }

    @Test
    void anAddressedEventReachesOnlyItsRecipientsStreams() throws Exception {
        SseClient aliceTab1 = open("alice");
        SseClient aliceTab2 = open("alice");
        SseClient bob = open("bob");
        SseClient anonymous = open(null);
        await(() -> servlet.openStreams("alice") == 2 && servlet.openStreams("bob") == 1, "streams registered");

        servlet.handleEvent(reminderFor("alice"));
        // Everyone gets this one; one writer thread sends in order, so whoever got no reminder sees it first
        servlet.handleEvent(catalogChanged());

        for (SseClient alice : List.of(aliceTab1, aliceTab2)) {
            SseClient.Frame reminder = alice.next(WAIT);
            assertEquals("reminder", reminder.event());
            assertEquals(JSON.readTree("{\"deliveryId\":\"d-7\",\"title\":\"Limber\",\"text\":\"Time for your "
                    + "evening routine\",\"link\":\"http://localhost:8181/#/play/3\",\"dueAt\":"
                    + "\"2025-03-30T18:30:00Z\"}"), JSON.readTree(reminder.data()));
            assertEquals(new SseClient.Frame("catalog", "{\"revision\":12}"), alice.next(WAIT));
        }
        assertEquals(new SseClient.Frame("catalog", "{\"revision\":12}"), bob.next(WAIT));
        assertEquals(new SseClient.Frame("catalog", "{\"revision\":12}"), anonymous.next(WAIT));
    }

    @Test
    void anEventForSomeoneWithoutAStreamGoesNowhere() throws Exception {
        SseClient bob = open("bob");
        SseClient anonymous = open(null);
        await(() -> servlet.openStreams("bob") == 1, "stream registered");

        servlet.handleEvent(reminderFor("carol"));
        servlet.handleEvent(new Event("org/limber/reminder/REMINDER", Map.of(EventStreams.RECIPIENT, 42,
                "text", "not a username")));
        servlet.handleEvent(catalogChanged());

        assertEquals("catalog", bob.next(WAIT).event());
        assertEquals("catalog", anonymous.next(WAIT).event());
    }

    @Test
    void internalEventsAreNeverStreamed() throws Exception {
        SseClient alice = open("alice");
        await(() -> servlet.openStreams("alice") == 1, "stream registered");

        servlet.handleEvent(new Event("org/limber/internal/SCHEDULE", Map.of("userId", 3L)));
        servlet.handleEvent(new Event("org/limber/internal/SCHEDULE", Map.of(EventStreams.RECIPIENT, "alice")));
        servlet.handleEvent(catalogChanged());

        assertEquals("catalog", alice.next(WAIT).event());
    }

    @Test
    void openStreamsCountsEachUsersStreamsAndForgetsClosedOnes() throws Exception {
        SseClient alice = open("alice");
        open("alice");
        open(null);
        await(() -> servlet.openStreams("alice") == 2, "streams registered");
        assertEquals(0, servlet.openStreams("bob"));
        assertEquals(0, servlet.openStreams(null));

        alice.close();

        // A closed connection shows when the server next writes to it
        await(() -> {
            servlet.handleEvent(catalogChanged());
            return servlet.openStreams("alice") == 1;
        }, "the closed stream forgotten");
        assertEquals(1, servlet.openStreams("alice"));
    }

    /** A request signed in as a user, as the session filter makes it. */
    private static final class SignedIn extends HttpServletRequestWrapper {
        private final String user;

        SignedIn(HttpServletRequest request, String user) {
            super(request);
            this.user = user;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }
    }
}
