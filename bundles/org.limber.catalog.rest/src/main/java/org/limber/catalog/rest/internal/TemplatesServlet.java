package org.limber.catalog.rest.internal;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.rest.internal.JsonShapes.TemplatesJson;
import org.limber.rest.ETags;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code GET /api/v1/templates} and {@code /api/v1/templates/{id}}: the routine templates every pack carries, which
 * a signed-in user copies into their own routines through the routine resources.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/templates/*")
public class TemplatesServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public TemplatesServlet(@Reference CatalogService catalog) {
        get("", request -> {
            CatalogView view = catalog.current();
            return Reply.lazyJson(() -> new TemplatesJson(view.templates().stream().map(CatalogJson::template)
                    .toList()), ETags.of(view.revision(), "templates"));
        });
        get("/{id}", request -> {
            CatalogView view = catalog.current();
            String id = request.path("id");
            RoutineTemplate template = view.template(id)
                    .orElseThrow(() -> ProblemException.notFound("Routine template", id));
            return Reply.json(CatalogJson.template(template), ETags.of(view.revision(), "template " + id));
        });
    }
}
