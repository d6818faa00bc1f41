package org.limber.channel.webhook.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.limber.channel.webhook}: how the webhook channel talks to receivers. */
@ObjectClassDefinition(name = "Limber webhook channel", description = "Timeouts, concurrency and the address policy "
        + "of reminder webhooks. Users enter their own webhook URLs, so allowPrivateAddresses decides whether a user "
        + "can make Limber send requests into the network it runs in (server-side request forgery, SSRF): on, the "
        + "default, suits a self-hosted Limber whose users are a household posting to ntfy or Gotify on the same "
        + "network; turn it off when users are not trusted, so that only public addresses are reached.")
public @interface WebhookConfig {
    String PID = "org.limber.channel.webhook";

    @AttributeDefinition(name = "Connect timeout", description = "Seconds to wait for a receiver to accept the "
            + "connection; a timeout is retried later", min = "1")
    int connectTimeoutSeconds() default 5;

    @AttributeDefinition(name = "Request timeout", description = "Seconds to wait for a receiver's answer once "
            + "the request is sent; a timeout is retried later", min = "1")
    int requestTimeoutSeconds() default 10;

    @AttributeDefinition(name = "Concurrent deliveries", description = "Most webhook requests in flight at once, "
            + "so that slow receivers cannot tie up every delivery thread; a delivery that finds no free slot "
            + "within the request timeout is retried later", min = "1")
    int maxConcurrent() default 8;

    @AttributeDefinition(name = "Allow private addresses", description = "Whether webhooks may go to loopback, "
            + "link-local and private network addresses (localhost, 10.x, 192.168.x, fc00::/7, ...). Off refuses "
            + "them, checked when the user saves the URL and again on each delivery after resolving the host name. "
            + "A DNS server that answers differently on the second lookup can get past that check: where users are "
            + "untrusted, also block Limber's outgoing traffic to the internal network with a firewall.")
    boolean allowPrivateAddresses() default true;
}
