package org.limber.ui.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the app's page for every client-side route, so a bookmarked or reloaded address works.
 * The page is read from the bundle once; its Content-Security-Policy allows the inline import map by hash.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("limber-ui-index")
@HttpWhiteboardServletPattern({"/", "/exercises/*", "/guidance/*", "/safety", "/packs", "/about", "/setup", "/sign-in",
        "/sign-up", "/check-in", "/journal", "/journal/*", "/insights", "/account", "/admin"})
public class IndexServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IndexServlet.class);
    static final String PAGE = "web/index.html";

    private final transient IndexPage page;

    @Activate
    public IndexServlet(BundleContext context) throws IOException {
        this(read(context.getBundle().getEntry(PAGE)));
    }

    IndexServlet(IndexPage page) {
        this.page = page;
    }

    private static IndexPage read(URL entry) throws IOException {
        if (entry == null) {
            throw new IOException("the bundle has no " + PAGE);
        }
        try (InputStream in = entry.openStream()) {
            IndexPage page = IndexPage.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            LOG.info("Web UI page loaded ({} bytes)", page.body().length);
            return page;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            // This servlet is the default one: an API address nothing else answers is not a page of the app.
            notFoundProblem(response);
            return;
        }
        response.setStatus(AppRoutes.isAppRoute(path) ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", page.contentSecurityPolicy());
        SecurityHeaders.apply(response);
        byte[] body = page.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void notFoundProblem(HttpServletResponse response) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"There is no API resource at this address.\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.apply(response);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
