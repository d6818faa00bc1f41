package org.limber.itests.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * The REST API as one signed-in user sees it: its own cookie jar and the session's CSRF token. For preparing data
 * quickly and for checking what the API answers a user directly.
 */
final class LimberApi {

    private static final Json JSON = new Json();

    private final URI base;
    private final HttpClient client;
    private String csrfToken;

    private LimberApi(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static LimberApi signIn(URI base, Accounts.Credentials user) {
        LimberApi api = new LimberApi(base);
        HttpResponse<String> answer = api.send("POST", "/api/v1/auth/login",
                JSON.toJson(Map.of("username", user.username(), "password", user.password())));
        if (answer.statusCode() != 200) {
            throw new AssertionError("Signing in " + user.username() + " through the API answered " + answer.statusCode()
                    + ": " + answer.body());
        }
        api.csrfToken = (String) map(answer.body()).get("csrfToken");
        return api;
    }

    /** The status a sign-in attempt gets, without keeping its session. */
    static int loginStatus(URI base, Accounts.Credentials user) {
        return new LimberApi(base).send("POST", "/api/v1/auth/login",
                JSON.toJson(Map.of("username", user.username(), "password", user.password()))).statusCode();
    }

    HttpResponse<String> send(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (csrfToken != null && !"GET".equals(method)) {
            request.header("X-CSRF-Token", csrfToken);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    /** Sends and expects the status; answers the body as a map (empty for no content). */
    Map<String, Object> expect(int status, String method, String path, Object body) {
        HttpResponse<String> answer = send(method, path, body == null ? null : JSON.toJson(body));
        if (answer.statusCode() != status) {
            throw new AssertionError(method + " " + path + " answered " + answer.statusCode() + " (wanted " + status + "): "
                    + answer.body());
        }
        return answer.body().isBlank() ? Map.of() : map(answer.body());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String json) {
        return JSON.toType(json, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    static long id(Map<String, Object> record) {
        return ((Number) record.get("id")).longValue();
    }
}
