package org.limber.pack.loader.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.limber.catalog.api.model.PackContent;
import org.limber.pack.loader.internal.parse.PackParser;
import org.limber.pack.loader.internal.parse.ParseOutcome;
import org.limber.pack.loader.internal.parse.ResourceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Last good copies as self-contained pack documents, one file per pack id, written atomically. */
final class FileLastGoodStore implements LastGoodStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileLastGoodStore.class);

    private final Path directory;
    private final PackParser parser;

    FileLastGoodStore(Path directory, PackParser parser) {
        this.directory = directory;
        this.parser = parser;
    }

    @Override
    public void save(String packId, String digest, byte[] selfContained) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, packId, ".tmp");
            Files.write(temporary, selfContained);
            Files.move(temporary, file(packId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Cannot keep the last good copy of pack '{}' in {}", packId, directory, e);
        }
    }

    @Override
    public Optional<PackContent> load(String packId) {
        Path file = file(packId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ParseOutcome outcome = parser.parse(file.getFileName().toString(), Files.readAllBytes(file),
                    ResourceResolver.none());
            if (outcome instanceof ParseOutcome.Accepted accepted) {
                return Optional.of(accepted.content());
            }
            LOG.error("The last good copy of pack '{}' no longer validates: {}", packId,
                    ((ParseOutcome.Rejected) outcome).problems());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String packId) {
        try {
            Files.deleteIfExists(file(packId));
        } catch (IOException e) {
            LOG.warn("Cannot delete the last good copy of pack '{}'", packId, e);
        }
    }

    private Path file(String packId) {
        return directory.resolve(packId + ".pack.json");
    }
}
