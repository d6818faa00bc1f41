package org.limber.routine.api;

import java.util.List;

/** A routine request that cannot be done; {@link #field()} is a JSON pointer when one field is wrong. */
public class RoutineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { NOT_FOUND, INVALID, NEEDS_CONFIRMATION }

    private final Kind kind;
    private final String field;
    private final transient List<RoutineWarning> warnings;

    public RoutineException(Kind kind, String field, String message, List<RoutineWarning> warnings) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.warnings = List.copyOf(warnings);
    }

    public static RoutineException notFound(String what) {
        return new RoutineException(Kind.NOT_FOUND, null, what + " does not exist", List.of());
    }

    public static RoutineException invalid(String field, String message) {
        return new RoutineException(Kind.INVALID, field, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    /** For {@link Kind#NEEDS_CONFIRMATION}: the warnings the user must answer. */
    public List<RoutineWarning> warnings() {
        return warnings;
    }
}
