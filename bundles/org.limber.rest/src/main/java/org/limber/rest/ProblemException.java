package org.limber.rest;

import java.util.List;

/** Thrown by a handler to answer with a problem; never logged as an error. */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(new Problem("urn:limber:problem:not-found", what + " not found", 404,
                "There is no " + what.toLowerCase(java.util.Locale.ROOT) + " with id '" + id + "'.", List.of()));
    }

    public static ProblemException badParameter(String parameter, String message) {
        return new ProblemException(new Problem("urn:limber:problem:bad-parameter", "Invalid query parameter", 400,
                "Query parameter '" + parameter + "': " + message,
                List.of(new Problem.FieldError(parameter, null, message))));
    }

    /**
     * A 400 about one field of a JSON body.
     *
     * @param field the field as a path ({@code exercises[2].reps}); it is also given as a JSON pointer
     */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(new Problem("urn:limber:problem:invalid-field", "Invalid field", 400,
                "Field '" + field + "': " + message, List.of(new Problem.FieldError(null, pointer(field), message))));
    }

    /** {@code exercises[2].reps} as the JSON pointer {@code /exercises/2/reps}. */
    static String pointer(String field) {
        return "/" + field.replace("[", ".").replace("]", "").replace('.', '/');
    }

    public static ProblemException status(int status, String title, String detail) {
        return new ProblemException(new Problem("about:blank", title, status, detail, List.of()));
    }
}
