package org.limber.account.api;

import java.time.Duration;

/**
 * A sign-in that did not succeed. A wrong username and a wrong password are indistinguishable; too many failures
 * for an account or from an address are refused without checking the password until {@link #retryAfter()}.
 */
public class LoginRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginRefusedException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** {@code null} for wrong credentials; how long to wait when rate-limited. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean rateLimited() {
        return retryAfter != null;
    }
}
