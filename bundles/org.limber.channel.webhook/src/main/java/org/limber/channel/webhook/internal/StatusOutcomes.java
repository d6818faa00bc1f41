package org.limber.channel.webhook.internal;

import org.limber.reminder.api.spi.DeliveryOutcome;

/** What a receiver's HTTP status means for the reminder. */
final class StatusOutcomes {
    private StatusOutcomes() {
    }

    static DeliveryOutcome of(int status) {
        String http = "HTTP " + status;
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered(http);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return DeliveryOutcome.retryable(http + ": the receiver is busy or failing; trying again later");
        }
        if (status >= 300 && status < 400) {
            // Redirects are not followed: they could lead past the private-address policy
            return DeliveryOutcome.permanent(http + ": the webhook URL redirects; enter the address it redirects to");
        }
        if (status == 401 || status == 403) {
            return DeliveryOutcome.permanent(http + ": the receiver refused access; check the token in the URL");
        }
        if (status == 404 || status == 410) {
            return DeliveryOutcome.permanent(http + ": the receiver has no such address; check the webhook URL");
        }
        return DeliveryOutcome.permanent(http + ": the receiver refused the reminder");
    }
}
