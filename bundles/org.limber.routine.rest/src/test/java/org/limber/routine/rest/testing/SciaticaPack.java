package org.limber.routine.rest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.spi.ExercisePack;
import org.limber.pack.loader.internal.parse.PackParser;
import org.limber.pack.loader.internal.parse.ParseOutcome;

/** The real sciatica pack, read from its bundle on the test class path and checked by the real pack parser. */
public final class SciaticaPack {
    private static PackContent content;

    private SciaticaPack() {
    }

    public static synchronized PackContent content() {
        if (content == null) {
            content = parse();
        }
        return content;
    }

    public static Map<String, Object> properties() {
        return Map.of(ExercisePack.PACK_ID, content().info().id(), ExercisePack.PACK_VERSION,
                content().info().version());
    }

    private static PackContent parse() {
        byte[] document = read("pack/sciatica.pack.json")
                .orElseThrow(() -> new IllegalStateException("the sciatica pack bundle is not on the class path"));
        ParseOutcome outcome = new PackParser().parse("sciatica.pack.json", document, path -> read("pack/" + path));
        if (outcome instanceof ParseOutcome.Accepted accepted) {
            return accepted.content();
        }
        throw new IllegalStateException("the sciatica pack was rejected: " + ((ParseOutcome.Rejected) outcome).problems());
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = SciaticaPack.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
