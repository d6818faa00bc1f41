package org.limber.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One request as a handler sees it: path variables and typed query parameters. Every parse failure is a 400
 * problem naming the parameter; parameters a handler does not ask for are ignored.
 */
public final class RestRequest {
    /** Default cap on request bodies. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    private static final long MAX_DRAINED_BYTES = 64L << 20;

    private final HttpServletRequest servletRequest;
    private final Map<String, String> pathVariables;

    public RestRequest(HttpServletRequest servletRequest, Map<String, String> pathVariables) {
        this.servletRequest = servletRequest;
        this.pathVariables = Map.copyOf(pathVariables);
    }

    public HttpServletRequest servletRequest() {
        return servletRequest;
    }

    public String path(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path variable " + name);
        }
        return value;
    }

    /** The query string as sent, for use in entity tags (never logged: later endpoints may carry private values). */
    public String queryString() {
        String query = servletRequest.getQueryString();
        return query == null ? "" : query;
    }

    public Optional<String> string(String name, int maxLength) {
        String value = servletRequest.getParameter(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            throw ProblemException.badParameter(name, "must be at most " + maxLength + " characters long");
        }
        return Optional.of(value.trim());
    }

    public Optional<Boolean> bool(String name) {
        return string(name, 5).map(value -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badParameter(name, "'" + value + "' is not true or false");
        });
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = string(name, 11);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                throw ProblemException.badParameter(name, "must be from " + min + " to " + max + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "'" + value.get() + "' is not a whole number");
        }
    }

    /**
     * Every value of a repeatable parameter ({@code a=x&a=y} or {@code a=x,y}), each converted by {@code parser};
     * a parser's {@link IllegalArgumentException} becomes a 400 naming the parameter.
     */
    public <T> Set<T> values(String name, Function<String, T> parser) {
        String[] raw = servletRequest.getParameterValues(name);
        Set<T> result = new LinkedHashSet<>();
        if (raw == null) {
            return result;
        }
        for (String value : Arrays.stream(raw).flatMap(v -> Arrays.stream(v.split(","))).toList()) {
            if (value.isBlank()) {
                continue;
            }
            if (value.length() > 100) {
                throw ProblemException.badParameter(name, "a value is longer than 100 characters");
            }
            try {
                result.add(parser.apply(value.trim()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badParameter(name, e.getMessage());
            }
            if (result.size() > 50) {
                throw ProblemException.badParameter(name, "at most 50 values are allowed");
            }
        }
        return result;
    }

    /** Reads a JSON body of at most {@code maxBytes}: 413 when larger, 415 when not JSON, 400 naming the spot. */
    public <T> T readBody(Class<T> type, int maxBytes) throws IOException {
        String contentType = servletRequest.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ProblemException.status(415, "Unsupported media type", "The request body must be application/json.");
        }
        byte[] body = readBytes(maxBytes);
        try {
            return Json.mapper().readValue(body, type);
        } catch (StreamConstraintsException e) {
            throw ProblemException.status(400, "Malformed JSON", "The body is nested or sized beyond the limits: "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ProblemException.status(400, "Malformed JSON", "The body is not valid JSON" + where + ": "
                    + e.getOriginalMessage());
        }
    }

    /** Reads a body of any type of at most {@code maxBytes}: 413 when larger. */
    public byte[] readBytes(int maxBytes) throws IOException {
        try (InputStream in = servletRequest.getInputStream()) {
            if (servletRequest.getContentLengthLong() > maxBytes) {
                drain(in);
                throw tooLarge(maxBytes);
            }
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                drain(in);
                throw tooLarge(maxBytes);
            }
            return body;
        }
    }

    /**
     * Reads and drops what is left of a refused body, up to {@value #MAX_DRAINED_BYTES} bytes, so that the client,
     * still sending, gets the 413 instead of a reset connection. Anything larger is cut off.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16384];
        long left = MAX_DRAINED_BYTES;
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
        }
    }

    /**
     * Called before answering a request whose body a handler never read (a refusal): reads and drops the body so the
     * connection can carry the client's next request. A body too large to drain closes the connection instead, so a
     * client never reuses a connection the server is about to drop.
     */
    public static void discardUnreadBody(HttpServletRequest request, HttpServletResponse response) {
        if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
            response.setHeader("Connection", "close");
            return;
        }
        try {
            drain(request.getInputStream());
        } catch (IOException | IllegalStateException e) {
            response.setHeader("Connection", "close");
        }
    }

    /**
     * A record id from the path variable {@code name}; one that is not a number is as unknown as a missing record: a
     * 404 naming {@code what} ("Routine").
     */
    public long pathId(String name, String what) {
        String raw = path(name);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what, raw.length() > 40 ? raw.substring(0, 40) + "…" : raw);
        }
    }

    /** The signed-in user's principal as the web layer set it, if any. */
    public java.security.Principal principal() {
        return servletRequest.getUserPrincipal();
    }

    private static ProblemException tooLarge(int maxBytes) {
        return ProblemException.status(413, "Request body too large",
                "The body must be at most " + maxBytes + " bytes.");
    }
}
