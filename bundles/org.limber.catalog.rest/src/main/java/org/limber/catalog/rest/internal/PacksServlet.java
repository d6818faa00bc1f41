package org.limber.catalog.rest.internal;

import java.util.List;

import org.limber.catalog.api.PackInventory;
import org.limber.catalog.api.PackRecord;
import org.limber.catalog.rest.internal.JsonShapes.ListJson;
import org.limber.catalog.rest.internal.JsonShapes.PackJson;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code GET /api/v1/packs}: every pack source with its state and report; {@code GET /api/v1/packs/{idOrFile}}: the
 * records of one pack id or one dropped file.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/packs/*")
public class PacksServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public PacksServlet(@Reference PackInventory inventory) {
        get("", request -> Reply.json(new ListJson<>(json(inventory.packs()))));
        get("/{id}", request -> {
            String id = request.path("id");
            List<PackRecord> records = inventory.find(id);
            if (records.isEmpty()) {
                throw ProblemException.notFound("Pack", id);
            }
            return Reply.json(new ListJson<>(json(records)));
        });
    }

    private static List<PackJson> json(List<PackRecord> records) {
        return records.stream().map(CatalogJson::pack).toList();
    }
}
