package org.limber.pack.loader.internal.parse;

import java.util.Optional;

/** The resolver for a bare pack document, which has no files next to it. */
enum NoResourceFiles implements ResourceResolver {
    INSTANCE;

    @Override
    public Optional<byte[]> read(String relativePath) {
        return Optional.empty();
    }

    @Override
    public boolean supportsFiles() {
        return false;
    }
}
