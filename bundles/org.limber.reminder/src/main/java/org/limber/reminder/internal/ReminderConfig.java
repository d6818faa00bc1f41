package org.limber.reminder.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.limber.reminder}: the reminder engine. */
@ObjectClassDefinition(name = "Limber reminders", description = "The scheduler that sends routine reminders")
public @interface ReminderConfig {
    String PID = "org.limber.reminder";

    @AttributeDefinition(name = "Enabled", description = "Whether this Limber sends reminders. Plans, preferences and "
            + "the calendar feed work either way; with several Limbers on one PostgreSQL any number may send.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Poll interval", description = "Milliseconds between looks for due reminders when "
            + "none is known to fall due sooner", min = "50")
    long pollMillis() default 1000;

    @AttributeDefinition(name = "Claim batch", description = "Reminders (and deliveries) taken per transaction",
            min = "1", max = "10000")
    int claimBatch() default 500;

    @AttributeDefinition(name = "Lookahead", description = "Milliseconds before their due time that reminders are "
            + "claimed; their deliveries still wait for the due time. Lets a burst of reminders due at one minute go "
            + "out on time; a session marked done within it no longer silences the reminder", min = "0",
            max = "60000")
    long lookaheadMillis() default 5000;

    @AttributeDefinition(name = "Catch-up window", description = "Minutes after its due time within which a reminder "
            + "missed while Limber was down is still sent (once, the latest one only)", min = "0")
    int catchUpMinutes() default 60;

    @AttributeDefinition(name = "Attempts", description = "Attempts per delivery before it counts as failed",
            min = "1", max = "50")
    int maxAttempts() default 8;

    @AttributeDefinition(name = "Lease", description = "Seconds a claimed delivery stays reserved for this Limber; "
            + "after that (a crash) another may try it", min = "10")
    int leaseSeconds() default 120;

    @AttributeDefinition(name = "Attempt timeout", description = "Seconds after which an attempt that has not "
            + "returned counts as a retryable timeout and its thread is interrupted", min = "1")
    int attemptTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Threads per channel", description = "Attempts run at once on each channel",
            min = "1", max = "64")
    int channelThreads() default 4;

    @AttributeDefinition(name = "Public URL", description = "Where users reach Limber, for the links in reminders "
            + "and calendar events (no trailing slash)")
    String publicUrl() default "http://localhost:8181";
}
