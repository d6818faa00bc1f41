package org.limber.channel.browser.internal;

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

/** A browser tab's event stream, read off a real HTTP connection: each server-sent event into a queue. */
final class BrowserTab implements AutoCloseable {
    /** One server-sent event. */
    record Frame(String event, String data) {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final InputStream body;

    BrowserTab(HttpClient client, URI events, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(events).header(BrowserChannelTest.USER_HEADER, user).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        body = response.body();
        Thread reader = new Thread(this::read, "browser-tab");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            String data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() && event != null) {
                    frames.add(new Frame(event, data));
                    event = null;
                    data = null;
                } else if (line.startsWith("event: ")) {
                    event = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data = line.substring("data: ".length());
                }
            }
        } catch (IOException e) {
            // closed by the test or the server
        }
    }

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
