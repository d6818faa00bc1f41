package org.limber.catalog.rest.internal;

import java.util.Map;

import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.rest.HealthIndicator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalog's part of {@code /api/v1/health}: its revision and how many packs and exercises it serves. */
@Component
public class CatalogHealth implements HealthIndicator {
    private final CatalogService catalog;

    @Activate
    public CatalogHealth(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public Health check() {
        CatalogView view = catalog.current();
        return new Health(true, Map.of("revision", view.revision(), "packs", view.packs().size(),
                "exercises", view.find(ExerciseQuery.all()).total()));
    }
}
