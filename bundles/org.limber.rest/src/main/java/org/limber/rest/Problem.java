package org.limber.rest;

import java.util.List;

/**
 * An RFC 9457 problem detail.
 *
 * @param type   a URI naming the kind of problem ("about:blank" when the status says it all)
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, naming the parameter, field or id
 * @param errors one entry per offending parameter or field, when there are several
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** @param parameter the query parameter, or null; @param pointer the JSON pointer into the body, or null */
    public record FieldError(String parameter, String pointer, String message) {
    }
}
