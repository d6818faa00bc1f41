package org.limber.account.api;

/**
 * A request about accounts that cannot be carried out, with the field it concerns (or {@code null}) and a stable
 * code a client can act on. The message is for people and never contains a password.
 */
public class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: the web layer maps these to HTTP statuses. */
    public enum Reason {
        /** A field is missing, too short or too long, or otherwise not acceptable (400). */
        INVALID,
        /** The username is taken (409). */
        CONFLICT,
        /** The setup token or the current password is wrong (403). */
        FORBIDDEN,
        /** No such account (404). */
        NOT_FOUND,
        /** Self-registration is closed (403), or set-up is already done (409). */
        CLOSED
    }

    private final Reason reason;
    private final String field;

    public AccountException(Reason reason, String field, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault ({@code username}, {@code password}, ...), or {@code null}. */
    public String field() {
        return field;
    }
}
