package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The page's and the static files' HTTP headers, as the browser gets them. */
@ExtendWith(LimberExtension.class)
class HeadersIT {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(LimberExtension.Limber limber, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(limber.baseUri().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void appRoutesServeThePageWithAStrictPolicy(LimberExtension.Limber limber) throws Exception {
        for (String path : new String[] {"/", "/exercises/sciatica.knee-to-chest", "/guidance", "/safety", "/packs", "/about",
                "/setup", "/sign-in", "/sign-up", "/check-in", "/journal", "/journal/new-session", "/insights", "/account", "/admin"}) {
            HttpResponse<String> page = get(limber, path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.matches(".*script-src 'self' 'sha256-[A-Za-z0-9+/=]+';.*"), csp);
            assertTrue(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"), csp);
            assertTrue(page.body().contains("<html lang=\"en\">"), path);
        }
        assertEquals(404, get(limber, "/no-such-page").statusCode());
    }

    @Test
    void staticFilesHaveTheirTypes(LimberExtension.Limber limber) throws Exception {
        HttpResponse<String> app = get(limber, "/app/app.js");
        assertEquals(200, app.statusCode());
        assertTrue(app.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), app.headers().toString());
        assertEquals("nosniff", app.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> preact = get(limber, "/app/vendor/preact/dist/preact.module.js");
        assertEquals(200, preact.statusCode(), "Preact is served from the bundle");
        assertEquals(200, get(limber, "/app/styles.css").statusCode());
        for (String module : new String[] {"/app/vendor/chart.js/dist/chart.js", "/app/vendor/chart.js/dist/chunks/helpers.dataset.js",
                "/app/vendor/kurkle-color/dist/color.esm.js"}) {
            HttpResponse<String> chart = get(limber, module);
            assertEquals(200, chart.statusCode(), module + " (Chart.js from its WebJar) is served from the bundle");
            assertTrue(chart.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), module);
        }
    }
}
