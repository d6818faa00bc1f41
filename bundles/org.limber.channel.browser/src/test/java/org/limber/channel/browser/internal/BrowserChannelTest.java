package org.limber.channel.browser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
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
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderMessage;
import org.limber.rest.internal.EventStreamServlet;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The browser channel delivering through Limber's real event stream servlet in an embedded Jetty, to tabs that are
 * real HTTP connections. The Event Admin in between hands each posted event to the servlet, as Felix's does.
 */
class BrowserChannelTest {
    static final String USER_HEADER = "X-Test-User";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReminderMessage FOR_ALICE = new ReminderMessage("d-9", "alice", Map.of(),
            Instant.parse("2025-03-30T18:30:00Z"), "Limber", "Time for your evening routine",
            URI.create("http://localhost:8181/#/play/3"));

    private final Server server = new Server();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final EventStreamServlet streams = new EventStreamServlet();
    private final List<Event> posted = new ArrayList<>();
    private final List<BrowserTab> tabs = new ArrayList<>();
    private BrowserChannel channel;
    private URI events;

    @BeforeEach
    void start() throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        FilterHolder signIn = new FilterHolder((Filter) (request, response, chain) -> chain.doFilter(
                new SignedIn((HttpServletRequest) request), response));
        signIn.setAsyncSupported(true);
        context.addFilter(signIn, "/api/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder holder = new ServletHolder(streams);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/api/v1/events");
        server.setHandler(context);
        server.start();
        events = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/v1/events");
        channel = new BrowserChannel(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
                streams.handleEvent(event);
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        }, streams);
    }

    @AfterEach
    void stop() throws Exception {
        for (BrowserTab tab : tabs) {
            tab.close();
        }
        server.stop();
    }

    private BrowserTab open(String user) throws Exception {
        BrowserTab tab = new BrowserTab(client, events, user);
        tabs.add(tab);
        return tab;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + WAIT);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    @Test
    void describesItselfAsNeedingNoAddress() {
        assertEquals("browser", channel.id());
        assertEquals("Browser", channel.label());
        assertNull(channel.addressLabel());
        assertTrue(channel.optionKeys().isEmpty());
    }

    @Test
    void withoutAnOpenTabTheReminderWaits() throws Exception {
        BrowserTab bob = open("bob");
        await(() -> streams.openStreams("bob") == 1);

        DeliveryOutcome outcome = channel.deliver(FOR_ALICE);

        assertEquals(DeliveryOutcome.retryable("No open Limber tab"), outcome);
        assertTrue(posted.isEmpty());
        streams.handleEvent(new Event("org/limber/catalog/CHANGED", Map.of("revision", 1L)));
        assertEquals("catalog", bob.next(WAIT).event());
    }

    @Test
    void theReminderReachesEachOfTheUsersTabsAndNobodyElses() throws Exception {
        BrowserTab alicePhone = open("alice");
        BrowserTab aliceLaptop = open("alice");
        BrowserTab bob = open("bob");
        await(() -> streams.openStreams("alice") == 2 && streams.openStreams("bob") == 1);

        DeliveryOutcome outcome = channel.deliver(FOR_ALICE);
        streams.handleEvent(new Event("org/limber/catalog/CHANGED", Map.of("revision", 1L)));

        assertEquals(DeliveryOutcome.delivered("2 tabs"), outcome);
        for (BrowserTab tab : List.of(alicePhone, aliceLaptop)) {
            BrowserTab.Frame reminder = tab.next(WAIT);
            assertEquals("reminder", reminder.event());
            assertEquals(JSON.readTree("{\"deliveryId\":\"d-9\",\"title\":\"Limber\",\"text\":\"Time for your "
                    + "evening routine\",\"link\":\"http://localhost:8181/#/play/3\",\"dueAt\":"
                    + "\"2025-03-30T18:30:00Z\"}"), JSON.readTree(reminder.data()));
        }
        assertEquals("catalog", bob.next(WAIT).event());
        assertEquals("org/limber/reminder/REMINDER", posted.get(0).getTopic());
    }

    @Test
    void oneTabIsCountedAsOne() throws Exception {
        open("alice");
        await(() -> streams.openStreams("alice") == 1);

        assertEquals(DeliveryOutcome.delivered("1 tab"), channel.deliver(FOR_ALICE));
    }

    /** Signed in as the user the test header names, as Limber's session filter does from the cookie. */
    private static final class SignedIn extends HttpServletRequestWrapper {
        SignedIn(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            String user = getHeader(USER_HEADER);
            return user == null ? null : (Principal) () -> user;
        }
    }
}
