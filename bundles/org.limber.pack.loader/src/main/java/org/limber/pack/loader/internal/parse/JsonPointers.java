package org.limber.pack.loader.internal.parse;

/** Builds RFC 6901 JSON pointers such as {@code /exercises/3/doses/0/holdSeconds}. */
final class JsonPointers {
    private JsonPointers() {
    }

    /** @param segments property names and array indexes, outermost first */
    static String of(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(escape(String.valueOf(segment)));
        }
        return pointer.toString();
    }

    static String child(String parent, Object segment) {
        return parent + of(segment);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
