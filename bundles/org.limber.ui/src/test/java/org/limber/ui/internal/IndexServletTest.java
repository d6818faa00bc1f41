package org.limber.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexServletTest {

    /** A response that records what the servlet sets. */
    static final class Recorded {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 200;
    }

    private static Recorded get(String uri) throws Exception {
        Recorded recorded = new Recorded();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    default -> null;
                });
        ServletOutputStream out = new ServletOutputStream() {
            @Override public boolean isReady() { return true; }
            @Override public void setWriteListener(WriteListener listener) { }
            @Override public void write(int b) { recorded.body.write(b); }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> recorded.status = (Integer) args[0];
                        case "setHeader" -> recorded.headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> recorded.headers.put("Content-Type", (String) args[0]);
                        case "getOutputStream" -> { return out; }
                        default -> { }
                    }
                    return null;
                });
        new IndexServlet(IndexPage.of(IndexPageTest.indexHtml())).doGet(request, response);
        return recorded;
    }

    private static ClassLoader getLoader() {
        return IndexServletTest.class.getClassLoader();
    }

    @Test
    void servesThePageWithItsHeaders() throws Exception {
        Recorded r = get("/exercises/sciatica.knee-to-chest");

        assertEquals(200, r.status);
        assertEquals("text/html; charset=utf-8", r.headers.get("Content-Type"));
        assertEquals("no-cache", r.headers.get("Cache-Control"));
        assertEquals("nosniff", r.headers.get("X-Content-Type-Options"));
        assertEquals("no-referrer", r.headers.get("Referrer-Policy"));
        assertTrue(r.headers.get("Content-Security-Policy").contains("'sha256-"));
        assertTrue(r.body.toString(StandardCharsets.UTF_8).contains("<script type=\"importmap\">"));
    }

    @Test
    void unknownPathsGetThePageWithStatus404() throws Exception {
        Recorded r = get("/no-such-page");

        assertEquals(404, r.status);
        assertTrue(r.body.toString(StandardCharsets.UTF_8).contains("/app/app.js"), "the app shows its own not-found page");
    }

    @Test
    void unknownApiAddressesGetAProblemNotThePage() throws Exception {
        Recorded r = get("/api/v1/no-such-resource");

        assertEquals(404, r.status);
        assertEquals("application/problem+json", r.headers.get("Content-Type"));
        assertTrue(r.body.toString(StandardCharsets.UTF_8).contains("\"status\":404"));
    }
}
