package org.limber.account.rest.internal;

import java.net.URL;

import org.limber.rest.OpenApiContribution;
import org.osgi.service.component.annotations.Component;

/** The account, sign-in and administration paths in the OpenAPI document. */
@Component
public class AccountApiDocument implements OpenApiContribution {
    @Override
    public URL document() {
        return AccountApiDocument.class.getResource("/openapi/accounts.json");
    }
}
