package org.limber.journal.api;

/** A journal request that cannot be carried out, naming the field at fault where there is one. */
public class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** A value is missing or out of range (400). */
        INVALID,
        /** No such record for this user (404). */
        NOT_FOUND,
        /** The request conflicts with the data (409), e.g. importing into a journal that is not empty. */
        CONFLICT
    }

    private final Reason reason;
    private final String field;

    public JournalException(Reason reason, String field, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The field at fault as a JSON path ({@code exercises[2].reps}), or {@code null}. */
    public String field() {
        return field;
    }
}
