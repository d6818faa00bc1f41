package org.limber.reminder.rest.internal;

import java.net.URL;

import org.limber.rest.OpenApiContribution;
import org.osgi.service.component.annotations.Component;

/** The reminders' paths and schemas in the OpenAPI document, with the calendar feed. */
@Component
public class RemindersApiDocument implements OpenApiContribution {
    @Override
    public URL document() {
        return RemindersApiDocument.class.getResource("/openapi/reminders.json");
    }
}
