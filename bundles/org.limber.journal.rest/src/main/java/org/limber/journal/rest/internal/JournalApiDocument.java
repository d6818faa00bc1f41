package org.limber.journal.rest.internal;

import java.net.URL;

import org.limber.rest.OpenApiContribution;
import org.osgi.service.component.annotations.Component;

/** The journal's paths and schemas in the OpenAPI document. */
@Component
public class JournalApiDocument implements OpenApiContribution {
    @Override
    public URL document() {
        return JournalApiDocument.class.getResource("/openapi/journal.json");
    }
}
