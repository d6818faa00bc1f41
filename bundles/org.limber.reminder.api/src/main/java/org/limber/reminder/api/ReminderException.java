package org.limber.reminder.api;

/** A reminder request that cannot be done; {@link #field()} is a JSON pointer when one field is wrong. */
public class ReminderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { NOT_FOUND, INVALID }

    private final Kind kind;
    private final String field;

    public ReminderException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static ReminderException notFound(String what) {
        return new ReminderException(Kind.NOT_FOUND, null, what + " does not exist");
    }

    public static ReminderException invalid(String field, String message) {
        return new ReminderException(Kind.INVALID, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
