package org.limber.catalog.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.rest.internal.JsonShapes.ListJson;
import org.limber.rest.ETags;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.safety.api.SafetyContent;
import org.limber.safety.api.SafetyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code GET /api/v1/guidance} and {@code /api/v1/guidance/{id}}: the core safety articles first, then every pack's
 * guidance articles.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/guidance/*")
public class GuidanceServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public GuidanceServlet(@Reference CatalogService catalog, @Reference SafetyService safety) {
        get("", request -> {
            CatalogView view = catalog.current();
            CatalogJson json = new CatalogJson(view);
            List<GuidanceArticle> all = new ArrayList<>(safety.content().articles());
            all.addAll(view.guidance());
            return Reply.json(new ListJson<>(all.stream().map(json::articleSummary).toList()),
                    ETags.of(view.revision(), "guidance"));
        });
        get("/{id}", request -> {
            CatalogView view = catalog.current();
            String id = request.path("id");
            SafetyContent core = safety.content();
            Optional<GuidanceArticle> coreArticle = core.articles().stream().filter(a -> a.id().equals(id)).findFirst();
            GuidanceArticle article = coreArticle.or(() -> view.guidance(id))
                    .orElseThrow(() -> ProblemException.notFound("Guidance article", id));
            return Reply.json(new CatalogJson(view).article(article, sourceId -> coreArticle.isPresent()
                    ? core.sources().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                    : view.source(article.packId(), sourceId)), ETags.of(view.revision(), id));
        });
    }

}
