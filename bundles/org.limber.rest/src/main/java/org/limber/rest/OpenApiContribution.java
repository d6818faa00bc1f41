package org.limber.rest;

import java.net.URL;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Part of the OpenAPI document at {@code /api/v1/openapi.json}: a JSON document with {@code paths} and
 * {@code components.schemas} that are merged into the whole. Register as a service from each REST bundle.
 */
@ConsumerType
public interface OpenApiContribution {
    URL document();
}
