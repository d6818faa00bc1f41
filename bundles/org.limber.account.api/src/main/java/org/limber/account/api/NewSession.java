package org.limber.account.api;

import java.time.Instant;

/**
 * A browser session just opened by a sign-in.
 *
 * @param id        the session id: a fresh random value, to be sent only in an HttpOnly cookie
 * @param csrfToken the value state-changing requests of this session must carry in {@code X-CSRF-Token}
 * @param expiresAt the absolute end of the session, whatever the activity
 */
public record NewSession(String id, String csrfToken, Account account, Instant expiresAt) {
    @Override
    public String toString() {
        return "NewSession[account=" + account.username() + ", expiresAt=" + expiresAt + "]";
    }
}
