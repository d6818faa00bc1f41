package org.limber.storage.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the engine decided for one due plan.
 *
 * @param nextDue     the plan's new next due time (null: never)
 * @param snoozeUntil the snooze still pending after this (null: none)
 * @param send        the reminder to send now, or null to send nothing
 */
public record DueDecision(Instant nextDue, Instant snoozeUntil, Send send) {
    /**
     * A reminder to send: one pending delivery per channel of the plan.
     *
     * @param localDay the user's local date, for the daily cap
     * @param dailyCap the user's cap, or null: when the user already had this many reminders that day nothing is
     *                 sent (checked and counted atomically in the claim's transaction)
     */
    public record Send(Instant dueAt, LocalDate localDay, Integer dailyCap, String title, String text, String link) {
    }
}
