package org.limber.pack.loader.internal.parse;

/** An entry of a pack document's {@code illustrations}: an SVG inline in {@code svg}, or a bundle {@code file}. */
record IllustrationEntry(String id, String svg, String file) {
}
