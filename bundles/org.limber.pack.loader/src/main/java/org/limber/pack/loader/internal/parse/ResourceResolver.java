package org.limber.pack.loader.internal.parse;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads files that a pack document refers to (SVG illustrations given as {@code "file"}), by a path relative to
 * the pack document. Paths reaching outside the pack are rejected before a resolver ever sees them.
 */
@FunctionalInterface
public interface ResourceResolver {

    /** @return the file's bytes, or empty when there is no such file */
    Optional<byte[]> read(String relativePath) throws IOException;

    /** Whether this resolver can read files at all; false for a bare pack document dropped on its own. */
    default boolean supportsFiles() {
        return true;
    }

    /** The resolver for a bare pack document: it has no files next to it. */
    static ResourceResolver none() {
        return NoResourceFiles.INSTANCE;
    }
}
