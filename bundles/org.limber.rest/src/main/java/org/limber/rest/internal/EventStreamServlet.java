package org.limber.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.limber.rest.EventStreams;
import org.limber.rest.Json;
import org.limber.rest.Problem;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/v1/events}: one server-sent event stream per browser tab. Public events posted under
 * {@code org/limber/<area>/...} on the Event Admin go out as SSE events named {@code <area>}, with the event's
 * numeric and text properties as JSON data. An event with the property {@link EventStreams#RECIPIENT} goes only to
 * the streams opened by that user (the request's principal, set by the session filter in front of
 * {@code /api/*}), without that property in its data; events under {@code org/limber/internal/} never go out. A
 * comment every 20 s keeps proxies from closing idle streams and finds clients that went away.
 */
@Component(service = {Servlet.class, EventHandler.class, EventStreams.class},
        property = EventConstants.EVENT_TOPIC + "=org/limber/*")
@HttpWhiteboardServletPattern("/api/v1/events")
@HttpWhiteboardServletAsyncSupported
public class EventStreamServlet extends HttpServlet implements EventHandler, EventStreams {
    private static final long serialVersionUID = 1L;
    static final int MAX_CLIENTS = 500;
    private static final String INTERNAL = "internal";
    private static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    /** One open stream and the user who opened it (null when nobody is signed in). */
    private record Client(AsyncContext async, String principalName) {
    }

    private final transient Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final transient ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "limber-sse"));
    private final transient ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "limber-sse-heartbeat"));

    @Activate
    public EventStreamServlet() {
        heartbeat.scheduleAtFixedRate(() -> writer.execute(() -> broadcast(HEARTBEAT)), 20, 20, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        heartbeat.shutdownNow();
        writer.shutdownNow();
        clients.forEach(client -> complete(client.async()));
        clients.clear();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (clients.size() >= MAX_CLIENTS) {
            RestServlet.writeProblem(response, new Problem("about:blank", "Too many event streams", 503,
                    "The server has " + MAX_CLIENTS + " open event streams; try again later.", List.of()));
            return;
        }
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        String principalName = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        response.getOutputStream().write("retry: 3000\n\n".getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
        Client client = new Client(async, principalName);
        async.addListener(new Forget(client));
        clients.add(client);
    }

    @Override
    public int openStreams(String principalName) {
        if (principalName == null) {
            return 0;
        }
        return (int) clients.stream().filter(client -> principalName.equals(client.principalName())).count();
    }

    @Override
    public void handleEvent(Event event) {
        String[] topic = event.getTopic().split("/");
        if (topic.length < 3 || topic[2].equals(INTERNAL) || clients.isEmpty()) {
            return;
        }
        // Anything but a string is no recipient: such an event must not fall back to going to everyone
        Object recipient = event.getProperty(RECIPIENT);
        boolean addressed = event.containsProperty(RECIPIENT);
        Map<String, Object> data = new LinkedHashMap<>();
        for (String name : event.getPropertyNames()) {
            Object value = event.getProperty(name);
            if (!name.equals(EventConstants.EVENT_TOPIC) && !name.equals(RECIPIENT) && (value instanceof Number
                    || value instanceof String || value instanceof Boolean)) {
                data.put(name, value);
            }
        }
        try {
            String frame = "event: " + topic[2] + "\ndata: " + Json.mapper().writeValueAsString(data) + "\n\n";
            byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
            if (addressed) {
                String username = recipient instanceof String name ? name : null;
                writer.execute(() -> send(bytes, username));
            } else {
                writer.execute(() -> broadcast(bytes));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void broadcast(byte[] frame) {
        for (Client client : clients) {
            write(client, frame);
        }
    }

    /** To the streams of one user only; to none when the username is null. */
    private void send(byte[] frame, String username) {
        for (Client client : clients) {
            if (username != null && Objects.equals(username, client.principalName())) {
                write(client, frame);
            }
        }
    }

    private void write(Client client, byte[] frame) {
        try {
            var out = client.async().getResponse().getOutputStream();
            out.write(frame);
            out.flush();
        } catch (IOException | IllegalStateException e) {
            clients.remove(client);
            complete(client.async());
        }
    }

    private static void complete(AsyncContext async) {
        try {
            async.complete();
        } catch (IllegalStateException ignored) {
            // already completed by the container
        }
    }

    /** Drops a stream the container ended (client gone, server stopping), so that it is not counted as open. */
    private final class Forget implements AsyncListener {
        private final Client client;

        Forget(Client client) {
            this.client = client;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            clients.remove(client);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            clients.remove(client);
        }

        @Override
        public void onError(AsyncEvent event) {
            clients.remove(client);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
