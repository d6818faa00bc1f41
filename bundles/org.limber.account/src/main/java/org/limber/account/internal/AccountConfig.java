package org.limber.account.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.limber.account}: how long browser sessions live and how sign-in attempts are limited. */
@ObjectClassDefinition(name = "Limber accounts", description = "Browser session timeouts and sign-in rate limits")
public @interface AccountConfig {
    String PID = "org.limber.account";

    @AttributeDefinition(name = "Idle timeout", description = "Minutes without a request after which a session ends",
            min = "1")
    int idleTimeoutMinutes() default 30;

    @AttributeDefinition(name = "Absolute timeout", description = "Hours after sign-in after which a session ends "
            + "whatever the activity", min = "1")
    int absoluteTimeoutHours() default 12;

    @AttributeDefinition(name = "Failures per account", description = "Failed sign-ins for one username within the "
            + "lockout period after which that username is refused until the oldest failure ages out", min = "1")
    int maxFailuresPerAccount() default 5;

    @AttributeDefinition(name = "Failures per address", description = "Failed sign-ins from one client address "
            + "(IPv6: one /64 network) within the lockout period after which that address is refused", min = "1")
    int maxFailuresPerAddress() default 20;

    @AttributeDefinition(name = "Lockout period", description = "Minutes a failed sign-in counts against its "
            + "username and address", min = "1")
    int lockoutMinutes() default 15;
}
