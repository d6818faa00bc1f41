package org.limber.rest;

/**
 * What a handler answers: a body to write as JSON (or a ready {@link Raw} body), an entity tag, and whether the
 * response may be cached by the browser.
 */
public record Reply(int status, Object body, String etag, Caching caching) {

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

    public Reply withCaching(Caching value) {
        return new Reply(status, body, etag, value);
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
