package org.limber.account.rest.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.limber.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A browser as far as the API can tell: it keeps the {@code limber_session} cookie the server sets and sends the
 * CSRF token it was given, as Limber's web UI does.
 */
final class Browser {
    private final URI base;
    private final HttpClient client;
    String cookie;
    String csrfToken;
    final Map<String, String> headers = new LinkedHashMap<>();

    Browser(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A response with its body parsed (or null when it is not JSON). */
    record Answer(HttpResponse<byte[]> response, JsonNode json) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    Answer put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    Answer patch(String path, String json) throws IOException, InterruptedException {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Signs in and keeps the session, as the UI does after a 200. */
    Answer login(String username, String password) throws IOException, InterruptedException {
        return post("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            builder.header("Cookie", SessionCookie.NAME + "=" + cookie);
        }
        if (csrfToken != null) {
            builder.header(SessionFilter.CSRF_HEADER, csrfToken);
        }
        headers.forEach(builder::header);
        return builder;
    }

    /** Sends with a client of its own: the server may answer without reading the body and close the connection. */
    Answer sendUnread(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return remember(own.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return remember(client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private Answer remember(HttpResponse<byte[]> response) throws IOException {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            if (setCookie.startsWith(SessionCookie.NAME + "=")) {
                String value = setCookie.substring(SessionCookie.NAME.length() + 1, setCookie.indexOf(';'));
                cookie = value.isEmpty() ? null : value;
                if (cookie == null) {
                    csrfToken = null;
                }
            }
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.contains("json") && response.body().length > 0
                ? Json.mapper().readTree(response.body()) : null;
        if (json != null && json.has("authenticated") && json.has("csrfToken")) {
            csrfToken = json.path("csrfToken").isNull() ? null : json.path("csrfToken").asText();
        }
        return new Answer(response, json);
    }
}
