package org.limber.rest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One browser tab's event stream: reads server-sent events off a real HTTP connection into a queue. */
final class SseClient implements AutoCloseable {
    /** One server-sent event. */
    record Frame(String event, String data) {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final InputStream body;

    /** Opens the stream, as the user named by {@code user} when not null. */
    SseClient(HttpClient client, URI uri, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (user != null) {
            request.header(EventStreamServletTest.USER_HEADER, user);
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        body = response.body();
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (event != null || data.length() > 0) {
                        frames.add(new Frame(event, data.toString()));
                    }
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    event = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring("data: ".length()));
                }
            }
        } catch (IOException e) {
            // closed by the test or the server
        }
    }

    /** The next event, waiting for it up to the deadline. */
    Frame next(Duration deadline) throws InterruptedException {
        Frame frame = frames.poll(deadline.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            throw new AssertionError("No event within " + deadline);
        }
        return frame;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
