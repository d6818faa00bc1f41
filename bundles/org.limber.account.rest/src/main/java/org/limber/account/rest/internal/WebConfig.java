package org.limber.account.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.limber.web}: how Limber sits behind reverse proxies. */
@ObjectClassDefinition(name = "Limber web", description = "Reverse proxies whose forwarded headers Limber believes")
public @interface WebConfig {
    String PID = "org.limber.web";

    @AttributeDefinition(name = "Trusted proxies", description = "IP addresses or CIDR ranges (e.g. 127.0.0.1, "
            + "10.0.0.0/8, fd00::/8), separated by commas. Only requests from these have their X-Forwarded-For, "
            + "X-Forwarded-Proto and X-Forwarded-Host headers honoured; by default none are.")
    String[] trustedProxies() default {};
}
