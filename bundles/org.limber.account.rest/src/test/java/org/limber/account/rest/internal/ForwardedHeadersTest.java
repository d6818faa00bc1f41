package org.limber.account.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.account.rest.internal.Browser.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Behind a reverse proxy: forwarded headers count only from the configured proxies. */
class ForwardedHeadersTest {
    @TempDir
    Path folder;

    private static Browser proxied(ApiServer server) {
        Browser browser = new Browser(server.base);
        browser.headers.put("X-Forwarded-For", "203.0.113.50, 10.1.2.3");
        browser.headers.put("X-Forwarded-Proto", "https");
        browser.headers.put("X-Forwarded-Host", "limber.example");
        return browser;
    }

    private static Answer setUp(ApiServer server, Browser browser) throws Exception {
        return browser.post("/api/v1/auth/setup", "{\"token\":\"" + server.setupToken
                + "\",\"username\":\"admin\",\"password\":\"admin password 1\"}");
    }

    @Test
    void aTrustedProxyGivesTheClientsAddressAndScheme() throws Exception {
        try (ApiServer server = new ApiServer(folder, "127.0.0.1, 10.0.0.0/8")) {
            Browser browser = proxied(server);
            browser.headers.put("Origin", "https://limber.example");

            Answer setup = setUp(server, browser);

            assertEquals(201, setup.status(), () -> setup.json().toString());
            assertTrue(setup.header("Set-Cookie").contains("; Secure"), setup.header("Set-Cookie"));
            JsonNode echo = browser.get("/api/v1/journal/x").json();
            assertEquals("203.0.113.50", echo.path("remoteAddr").asText(), "the proxies 10.1.2.3 and 127.0.0.1 skipped");
            assertTrue(echo.path("secure").asBoolean());
            assertEquals("https", echo.path("scheme").asText());
            assertTrue(browser.post("/api/v1/auth/logout", "").header("Set-Cookie").contains("; Secure"));
        }
    }

    @Test
    void aTrustedProxysForwardedForStopsAtTheFirstUntrustedHop() throws Exception {
        try (ApiServer server = new ApiServer(folder, "127.0.0.1")) {
            Browser browser = proxied(server);
            browser.headers.put("X-Forwarded-For", "198.51.100.1, 203.0.113.50");

            assertEquals(201, setUp(server, browser).status());
            JsonNode echo = browser.get("/api/v1/journal/x").json();
            assertEquals("203.0.113.50", echo.path("remoteAddr").asText(), "a client cannot spoof 198.51.100.1");
        }
    }

    @Test
    void withoutTrustedProxiesForwardedHeadersAreIgnored() throws Exception {
        try (ApiServer server = new ApiServer(folder)) {
            Browser browser = proxied(server);

            Answer setup = setUp(server, browser);

            assertEquals(201, setup.status());
            assertFalse(setup.header("Set-Cookie").contains("Secure"), setup.header("Set-Cookie"));
            JsonNode echo = browser.get("/api/v1/journal/x").json();
            assertEquals("127.0.0.1", echo.path("remoteAddr").asText());
            assertFalse(echo.path("secure").asBoolean());
        }
    }

    @Test
    void theOriginIsComparedWithTheForwardedHostAndScheme() throws Exception {
        try (ApiServer server = new ApiServer(folder, "127.0.0.1")) {
            Browser browser = proxied(server);
            browser.headers.put("Origin", "http://limber.example");
            assertEquals(403, setUp(server, browser).status(), "http is not the https origin the proxy serves");

            browser.headers.put("Origin", "https://limber.example:8443");
            assertEquals(403, setUp(server, browser).status(), "another port is another origin");

            browser.headers.put("Origin", "https://LIMBER.example:443");
            assertEquals(201, setUp(server, browser).status());
        }
    }

    @Test
    void rateLimitsCountTheForwardedClientNotTheProxy() throws Exception {
        try (ApiServer server = new ApiServer(folder, "127.0.0.1")) {
            setUp(server, new Browser(server.base));
            for (int i = 0; i < 20; i++) {
                Browser attacker = new Browser(server.base);
                attacker.headers.put("X-Forwarded-For", "203.0.113.66");
                assertEquals(401, attacker.login("user" + i, "guess").status());
            }
            Browser attacker = new Browser(server.base);
            attacker.headers.put("X-Forwarded-For", "203.0.113.66");
            assertEquals(429, attacker.login("admin", "admin password 1").status());

            Browser someoneElse = new Browser(server.base);
            someoneElse.headers.put("X-Forwarded-For", "198.51.100.7");
            assertEquals(200, someoneElse.login("admin", "admin password 1").status(),
                    "the proxy's other clients are not locked out");
        }
    }
}
