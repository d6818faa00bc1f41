package org.limber.channel.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** PID {@code org.limber.channel.email}: the SMTP server reminders are sent through. */
@ObjectClassDefinition(name = "Limber email channel", description = "The SMTP server that sends reminder mail, "
        + "how Limber signs in to it and the sender address")
public @interface EmailConfig {
    String PID = "org.limber.channel.email";

    @AttributeDefinition(name = "Host", description = "Host name or address of the SMTP server")
    String host() default "localhost";

    @AttributeDefinition(name = "Port", description = "Port of the SMTP server: usually 25 (none), 587 "
            + "(starttls) or 465 (tls)", min = "1", max = "65535")
    int port() default 25;

    @AttributeDefinition(name = "Security", description = "none: plain SMTP; starttls: upgrade to TLS and refuse "
            + "servers that cannot; tls: TLS from the first byte (SMTPS). With TLS the server's certificate and "
            + "host name are checked against the Java trust store", options = {
                    @Option(label = "none", value = "none"),
                    @Option(label = "starttls", value = "starttls"),
                    @Option(label = "tls", value = "tls")})
    String security() default "none";

    @AttributeDefinition(name = "User name", description = "User name to sign in to the SMTP server; empty for "
            + "a server that needs no sign-in", required = false)
    String username() default "";

    /**
     * The leading dot (the method's leading underscore) makes this a private property: Declarative Services then
     * keeps it out of the channel's service properties, which the console and web consoles list.
     */
    @AttributeDefinition(name = "Password", description = "Password to sign in to the SMTP server (property "
            + ".password); never logged", type = AttributeType.PASSWORD, required = false)
    String _password() default "";

    @AttributeDefinition(name = "From", description = "Sender of reminder mail, e.g. Limber <limber@example.org>; "
            + "many servers only relay mail from their own domains")
    String from() default "Limber <limber@localhost>";

    @AttributeDefinition(name = "Connect timeout", description = "Seconds to wait for the SMTP server to accept "
            + "the connection; a timeout is retried later", min = "1")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(name = "Timeout", description = "Seconds to wait for each answer of the SMTP server "
            + "and for each write to it; a timeout is retried later", min = "1")
    int timeoutSeconds() default 20;
}
