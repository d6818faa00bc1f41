package org.limber.channel.email.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.net.ssl.SSLException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.limber.reminder.api.spi.DeliveryOutcome;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

/**
 * What a failed send means for the reminder: an SMTP 4xx, a timeout or a connection failure is retried; a 5xx
 * refusal of the address or the message is final. Reasons are shown to the user, so they name no host and no
 * credentials; the server's own words are kept only where it speaks about the recipient or the message.
 */
final class MailOutcomes {
    private static final int MAX_SERVER_TEXT = 200;

    private MailOutcomes() {
    }

    static DeliveryOutcome of(MessagingException failure, Duration timeout) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        DeliveryOutcome byCode = null;
        boolean timedOut = false;
        boolean unreachable = false;
        boolean tls = false;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof AuthenticationFailedException) {
                // A 535 is a 5xx, but it is the administrator's settings that are wrong, not the reminder: once
                // they are fixed the retries go through
                return DeliveryOutcome.retryable("The mail server refused Limber's sign-in; the administrator "
                        + "should check the SMTP user name and password");
            }
            if (byCode == null && t instanceof SMTPAddressFailedException address) {
                byCode = byCode(address.getReturnCode(), "the address", address.getMessage());
            } else if (byCode == null && t instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
                byCode = byCode(send.getReturnCode(), "the message", send.getMessage());
            }
            timedOut |= t instanceof SocketTimeoutException;
            unreachable |= t instanceof MailConnectException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException;
            tls |= t instanceof SSLException;
        }
        if (byCode != null) {
            return byCode;
        }
        if (timedOut) {
            return DeliveryOutcome.retryable("The mail server did not answer within " + timeout.toSeconds() + " s");
        }
        if (unreachable) {
            return DeliveryOutcome.retryable("Could not connect to the mail server");
        }
        if (tls) {
            return DeliveryOutcome.retryable("The secure (TLS) connection to the mail server failed");
        }
        if (failure instanceof SendFailedException) {
            return DeliveryOutcome.permanent("The mail server refused the message");
        }
        return DeliveryOutcome.retryable("Sending the mail failed (" + failure.getClass().getSimpleName() + ")");
    }

    private static DeliveryOutcome byCode(int code, String what, String serverText) {
        String said = serverText == null ? "" : serverText.replaceAll("\\s+", " ").strip();
        if (said.length() > MAX_SERVER_TEXT) {
            said = said.substring(0, MAX_SERVER_TEXT) + "…";
        }
        String reason = "SMTP " + code + ": the mail server " + (code >= 500 ? "refused " : "deferred ") + what
                + (said.isEmpty() ? "" : " (" + said + ")");
        return code >= 500 && code < 600 ? DeliveryOutcome.permanent(reason) : DeliveryOutcome.retryable(reason);
    }
}
