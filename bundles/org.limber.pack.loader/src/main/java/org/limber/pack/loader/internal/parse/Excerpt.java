package org.limber.pack.loader.internal.parse;

/** Pack content quoted in a problem is cut short, so one huge value cannot swamp a report. */
final class Excerpt {
    static final int MAX_CHARS = 60;

    private Excerpt() {
    }

    static String of(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
    }
}
