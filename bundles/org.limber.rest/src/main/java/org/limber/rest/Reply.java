package org.limber.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a body to write as JSON (or a ready {@link Raw} body), an entity tag, whether the response
 * may be cached by the browser, and any extra headers.
 */
public record Reply(int status, Object body, String etag, Caching caching, Map<String, String> headers) {

    public Reply {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public Reply(int status, Object body, String etag, Caching caching) {
        this(status, body, etag, caching, Map.of());
    }

    public static Reply json(Object body) {
        return new Reply(200, body, null, Caching.REVALIDATE);
    }

    /** A body that depends only on the given revision and request variant, so If-None-Match can be answered early. */
    public static Reply json(Object body, String etag) {
        return new Reply(200, body, etag, Caching.REVALIDATE);
    }

    /** Like {@link #json(Object, String)}, but the body is only built when the client's copy is stale. */
    public static Reply lazyJson(java.util.function.Supplier<?> body, String etag) {
        return new Reply(200, body, etag, Caching.REVALIDATE);
    }

    /** A private answer (health data, account data): {@code Cache-Control: no-store}, no entity tag. */
    public static Reply privateJson(Object body) {
        return new Reply(200, body, null, Caching.NO_STORE);
    }

    /** {@code 201 Created}, private. */
    public static Reply created(Object body) {
        return new Reply(201, body, null, Caching.NO_STORE);
    }

    /** {@code 204 No Content}. */
    public static Reply noContent() {
        return new Reply(204, null, null, Caching.NO_STORE);
    }

    public Reply withCaching(Caching value) {
        return new Reply(status, body, etag, value, headers);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, etag, caching, more);
    }

    /** A non-JSON body. */
    public record Raw(String contentType, byte[] bytes) {
    }

    public enum Caching {
        /** {@code Cache-Control: no-cache}: the client may keep it but must revalidate (with the ETag). */
        REVALIDATE,
        /** {@code Cache-Control: no-store}: health data and other private answers. */
        NO_STORE
    }
}
