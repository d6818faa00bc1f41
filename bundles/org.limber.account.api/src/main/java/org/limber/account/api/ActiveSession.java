package org.limber.account.api;

import java.time.Instant;

/**
 * A valid browser session.
 *
 * @param csrfToken     the token its state-changing requests must carry
 * @param idleExpiresAt when the session ends unless used again
 * @param expiresAt     when it ends in any case
 */
public record ActiveSession(Account account, String csrfToken, Instant idleExpiresAt, Instant expiresAt) {
    @Override
    public String toString() {
        return "ActiveSession[account=" + account.username() + ", expiresAt=" + expiresAt + "]";
    }
}
