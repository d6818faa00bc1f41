package org.limber.catalog.rest.internal;

import java.util.Arrays;
import java.util.List;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;
import org.limber.catalog.rest.internal.JsonShapes.FacetPackJson;
import org.limber.catalog.rest.internal.JsonShapes.FacetsJson;
import org.limber.rest.ETags;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code GET /api/v1/facets}: the values each exercise filter accepts, for building filter controls. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/facets")
public class FacetsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public FacetsServlet(@Reference CatalogService catalog) {
        get("", request -> {
            CatalogView view = catalog.current();
            return Reply.json(new FacetsJson(wires(Category.values()), wires(Position.values()),
                    wires(Direction.values()), wires(Phase.values()), view.areas(),
                    view.packs().stream().map(p -> new FacetPackJson(p.id(), p.name())).toList()),
                    ETags.of(view.revision(), "facets"));
        });
    }

    private static List<String> wires(Enum<?>[] values) {
        return CatalogJson.wires(Arrays.asList(values));
    }
}
