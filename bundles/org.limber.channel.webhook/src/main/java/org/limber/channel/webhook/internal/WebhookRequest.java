package org.limber.channel.webhook.internal;

import java.util.Map;

/** The body and headers a preset makes of one reminder; the URL is the user's. */
record WebhookRequest(byte[] body, String contentType, Map<String, String> headers) {
    WebhookRequest {
        headers = Map.copyOf(headers);
    }
}
