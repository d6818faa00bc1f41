package org.limber.channel.email.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The administrator's SMTP configuration, checked, and the Jakarta Mail session properties made of it. */
record SmtpSettings(String host, int port, Security security, String username, String password, InternetAddress from,
                    Duration connectTimeout, Duration timeout) {

    /** How the connection is protected. */
    enum Security {
        NONE, STARTTLS, TLS
    }

    static SmtpSettings of(EmailConfig config) {
        Security security;
        try {
            security = Security.valueOf(config.security().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("security must be none, starttls or tls, not \"" + config.security()
                    + "\"", e);
        }
        InternetAddress from;
        try {
            from = AngusContext.call(() -> new InternetAddress(config.from(), true));
        } catch (AddressException e) {
            throw new IllegalArgumentException("from is not a valid address: " + e.getMessage(), e);
        }
        if (config.host() == null || config.host().isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        return new SmtpSettings(config.host().strip(), config.port(), security, blankToNull(config.username()),
                blankToNull(config._password()), from, Duration.ofSeconds(Math.max(1, config.connectTimeoutSeconds())),
                Duration.ofSeconds(Math.max(1, config.timeoutSeconds())));
    }

    /** {@code smtps} for TLS from the first byte, else {@code smtp}. */
    String protocol() {
        return security == Security.TLS ? "smtps" : "smtp";
    }

    Properties sessionProperties() {
        String prefix = "mail." + protocol() + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", host);
        properties.setProperty(prefix + "port", Integer.toString(port));
        properties.setProperty(prefix + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(timeout.toMillis()));
        // Without a write timeout a server that stops reading would hold the delivery thread for ever
        properties.setProperty(prefix + "writetimeout", Long.toString(timeout.toMillis()));
        properties.setProperty(prefix + "auth", Boolean.toString(username != null));
        if (security == Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", user " + (username == null ? "none" : "set")
                + "]";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
