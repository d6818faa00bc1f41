package org.limber.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads migration scripts by resource name; no scanning, so it works the same inside a bundle and in a unit test. */
@FunctionalInterface
public interface ScriptSource {
    /** The script's text, or empty if there is no such script. */
    Optional<String> read(String name);

    /** Scripts from a class loader: this bundle's own, at run time. */
    static ScriptSource classLoader(ClassLoader loader) {
        return name -> {
            try (InputStream in = loader.getResourceAsStream(name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        };
    }
}
