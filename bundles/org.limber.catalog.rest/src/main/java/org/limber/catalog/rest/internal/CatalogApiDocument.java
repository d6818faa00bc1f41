package org.limber.catalog.rest.internal;

import java.net.URL;

import org.limber.rest.OpenApiContribution;
import org.osgi.service.component.annotations.Component;

/** The catalog's paths and schemas in the OpenAPI document. */
@Component
public class CatalogApiDocument implements OpenApiContribution {
    @Override
    public URL document() {
        return CatalogApiDocument.class.getResource("/openapi/catalog.json");
    }
}
