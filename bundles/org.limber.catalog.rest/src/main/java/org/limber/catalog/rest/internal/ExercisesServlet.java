package org.limber.catalog.rest.internal;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;
import org.limber.rest.ETags;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestRequest;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code GET /api/v1/exercises} (search, filters, sort, paging) and {@code GET /api/v1/exercises/{id}}. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/exercises/*")
public class ExercisesServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient CatalogService catalog;

    @Activate
    public ExercisesServlet(@Reference CatalogService catalog) {
        this.catalog = catalog;
        get("", this::search);
        get("/{id}", this::one);
    }

    private Reply search(RestRequest request) {
        ExerciseQuery query = ExerciseQueries.parse(request);
        CatalogView view = catalog.current();
        String etag = ETags.of(view.revision(), request.queryString());
        return Reply.lazyJson(() -> new CatalogJson(view).page(view.find(query)), etag);
    }

    private Reply one(RestRequest request) {
        CatalogView view = catalog.current();
        String id = request.path("id");
        var exercise = view.exercise(id).orElseThrow(() -> ProblemException.notFound("Exercise", id));
        return Reply.json(new CatalogJson(view).exercise(exercise), ETags.of(view.revision(), id));
    }

    /** Query parameters of the exercise search; the wire names come from the model enums. */
    static final class ExerciseQueries {
        private ExerciseQueries() {
        }

        static ExerciseQuery parse(RestRequest r) {
            return new ExerciseQuery(r.string("q", 200).orElse(null), r.bool("inBed").orElse(null),
                    r.values("position", Position::fromWire), r.values("category", Category::fromWire),
                    r.values("direction", Direction::fromWire), r.values("phase", Phase::fromWire),
                    r.values("area", ExerciseQueries::slug), r.values("pack", ExerciseQueries::slug),
                    r.string("sort", 20).map(ExerciseQueries::sort).orElse(ExerciseQuery.Sort.NAME),
                    r.integer("page", 0, 0, 100_000),
                    r.integer("size", ExerciseQuery.DEFAULT_SIZE, 1, ExerciseQuery.MAX_SIZE));
        }

        private static String slug(String value) {
            if (!value.matches("[a-z0-9-]{1,80}")) {
                throw new IllegalArgumentException("'" + value + "' is not a lowercase id");
            }
            return value;
        }

        private static ExerciseQuery.Sort sort(String value) {
            return switch (value) {
                case "name" -> ExerciseQuery.Sort.NAME;
                case "-name" -> ExerciseQuery.Sort.NAME_DESC;
                case "category" -> ExerciseQuery.Sort.CATEGORY;
                case "relevance" -> ExerciseQuery.Sort.RELEVANCE;
                default -> throw ProblemException.badParameter("sort",
                        "'" + value + "' is not one of: name, -name, category, relevance");
            };
        }
    }
}
