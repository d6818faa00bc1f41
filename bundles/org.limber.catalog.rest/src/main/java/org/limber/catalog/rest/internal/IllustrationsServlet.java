package org.limber.catalog.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.rest.ETags;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/v1/illustrations/{imageId}}: an exercise drawing as {@code image/svg+xml}. The loader already
 * refused script and external references; a restrictive Content-Security-Policy makes sure of it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/illustrations/*")
public class IllustrationsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient CatalogService catalog;

    @Activate
    public IllustrationsServlet(@Reference CatalogService catalog) {
        this.catalog = catalog;
        get("/{id}", request -> {
            CatalogView view = catalog.current();
            String id = request.path("id");
            String svg = view.illustration(id).orElseThrow(() -> ProblemException.notFound("Illustration", id));
            return Reply.json(new Reply.Raw("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)),
                    ETags.of(view.revision(), id));
        });
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        super.service(request, response);
    }
}
