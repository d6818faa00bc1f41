package org.limber.account.internal;

import java.util.regex.Pattern;

/** Values from requests made safe for a log line: no line breaks or control characters, bounded length. */
final class LogText {
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Za-z:.%_-]{1,64}");

    private LogText() {
    }

    static String address(String address) {
        return address != null && ADDRESS.matcher(address).matches() ? address : "an unreadable address";
    }

    /** Only well-formed usernames are logged: a password typed into the username field must not end up there. */
    static String username(String normalized) {
        return CredentialRules.wellFormed(normalized) ? "'" + normalized + "'" : "a malformed username";
    }
}
