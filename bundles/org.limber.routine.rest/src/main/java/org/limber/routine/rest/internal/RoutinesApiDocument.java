package org.limber.routine.rest.internal;

import java.net.URL;

import org.limber.rest.OpenApiContribution;
import org.osgi.service.component.annotations.Component;

/** The routines' paths and schemas in the OpenAPI document. */
@Component
public class RoutinesApiDocument implements OpenApiContribution {
    @Override
    public URL document() {
        return RoutinesApiDocument.class.getResource("/openapi/routines.json");
    }
}
