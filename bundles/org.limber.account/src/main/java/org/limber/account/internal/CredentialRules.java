package org.limber.account.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.limber.account.api.AccountException;
import org.limber.account.api.AccountException.Reason;

/**
 * What makes a username and a password acceptable. Usernames are trimmed and lower-cased, then 3 to 64 characters
 * of letters, digits and {@code . _ -}; passwords are 8 to 128 characters (code points, so an emoji counts once),
 * not the username and not a commonly used password.
 */
final class CredentialRules {
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final CommonPasswords common;

    CredentialRules(CommonPasswords common) {
        this.common = common;
    }

    static CredentialRules standard() {
        return new CredentialRules(CommonPasswords.load(MIN_PASSWORD));
    }

    /** The username as stored: trimmed and lower-cased. */
    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized username has the allowed form (no exception: sign-in must not tell). */
    static boolean wellFormed(String normalized) {
        return USERNAME.matcher(normalized).matches();
    }

    /** The normalized username, or an exception naming the field. */
    String username(String username) {
        String normalized = normalize(username);
        if (normalized.isEmpty()) {
            throw invalid("username", "A username is required.");
        }
        int length = normalized.codePointCount(0, normalized.length());
        if (length < 3 || length > 64) {
            throw invalid("username", "The username must be 3 to 64 characters long.");
        }
        if (!wellFormed(normalized)) {
            throw invalid("username", "The username may only contain letters a to z, digits, dots, dashes and "
                    + "underscores.");
        }
        return normalized;
    }

    /** Checks a new password for the (normalized) username; {@code field} is how the request calls it. */
    void password(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            throw invalid(field, "A password is required.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD) {
            throw invalid(field, "The password is too short: use at least " + MIN_PASSWORD + " characters.");
        }
        if (length > MAX_PASSWORD) {
            throw invalid(field, "The password is too long: use at most " + MAX_PASSWORD + " characters.");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw invalid(field, "The password must not be the username.");
        }
        if (common.contains(password)) {
            throw invalid(field, "This password is one of the most commonly used ones, which are the first that "
                    + "attackers try: choose another.");
        }
    }

    private static AccountException invalid(String field, String message) {
        return new AccountException(Reason.INVALID, field, message);
    }
}
