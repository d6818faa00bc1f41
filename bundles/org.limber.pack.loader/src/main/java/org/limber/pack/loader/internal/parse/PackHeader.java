package org.limber.pack.loader.internal.parse;

/**
 * The identifying fields at the top of a pack document, as far as they could be read. Each is null when it is
 * missing or malformed; {@code id} and {@code version} are only given when they have the shape the schema
 * requires, so they are safe to use in names and logs.
 */
public record PackHeader(Integer schemaVersion, String id, String version) {
}
