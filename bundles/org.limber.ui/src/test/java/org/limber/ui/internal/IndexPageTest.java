package org.limber.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IndexPageTest {

    static String indexHtml() throws IOException {
        try (InputStream in = IndexPageTest.class.getClassLoader().getResourceAsStream(IndexServlet.PAGE)) {
            assertNotNull(in, "web/index.html is in the bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hashIsBase64OfSha256() {
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", IndexPage.sha256Base64(""));
    }

    @Test
    void policyAllowsExactlyTheInlineImportMap() {
        IndexPage page = IndexPage.of("<html><head><script type=\"importmap\">{\"imports\":{}}</script>"
                + "<script type=\"module\" src=\"/app/app.js\"></script></head></html>");

        String csp = page.contentSecurityPolicy();

        assertTrue(csp.contains("script-src 'self' 'sha256-" + IndexPage.sha256Base64("{\"imports\":{}}") + "';"), csp);
        for (String directive : new String[] {"default-src 'self'", "style-src 'self'", "img-src 'self' data:",
                "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"}) {
            assertTrue(csp.contains(directive), directive + " in " + csp);
        }
        assertFalse(csp.contains("unsafe"), csp);
    }

    @Test
    void pageWithoutImportMapAllowsOnlySelfScripts() {
        assertTrue(IndexPage.of("<html></html>").contentSecurityPolicy().contains("script-src 'self';"));
    }

    @Test
    void theAppsPageHasOneImportMapWhoseModulesAreInTheBundle() throws IOException {
        String html = indexHtml();
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(map.find(), "index.html has an inline import map");
        assertTrue(IndexPage.of(html).contentSecurityPolicy().contains("'sha256-" + IndexPage.sha256Base64(map.group(1)) + "'"));
        assertTrue(html.contains("<html lang=\"en\">"));

        Matcher target = Pattern.compile("\"(/app/[^\"]+)\"").matcher(map.group(1));
        int modules = 0;
        while (target.find()) {
            String resource = "web/" + target.group(1).substring("/app/".length());
            assertNotNull(getClass().getClassLoader().getResource(resource), resource + " (unpacked from its WebJar)");
            modules++;
        }
        assertEquals(4, modules, "preact, preact/hooks, chart.js and @kurkle/color");
    }
}
