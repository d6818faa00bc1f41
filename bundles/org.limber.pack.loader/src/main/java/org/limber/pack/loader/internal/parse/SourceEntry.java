package org.limber.pack.loader.internal.parse;

/** An entry of a pack document's {@code sources}. */
record SourceEntry(String id, String title, String publisher, String url) {
}
