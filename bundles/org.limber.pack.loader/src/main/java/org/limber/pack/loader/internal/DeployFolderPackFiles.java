package org.limber.pack.loader.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.limber.catalog.api.PackFiles;
import org.limber.catalog.api.PackProblem;
import org.limber.pack.loader.internal.parse.PackLimits;
import org.limber.pack.loader.internal.parse.PackParser;
import org.limber.pack.loader.internal.parse.ParseOutcome;
import org.limber.pack.loader.internal.parse.ResourceResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and deletes pack files in the folder FileInstall watches. A file is written beside its final name first and
 * then moved in, so FileInstall never sees half a file.
 */
@Component(configurationPid = PackLoaderConfig.PID)
public class DeployFolderPackFiles implements PackFiles {
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolderPackFiles.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}(\\.pack\\.json|\\.jar)");

    private final Path folder;
    private final PackParser parser;

    @Activate
    public DeployFolderPackFiles(PackLoaderConfig config) {
        this(deployFolder(), new PackParser(new PackLimits(config.maxPackBytes(), config.maxSvgBytes())));
    }

    DeployFolderPackFiles(Path folder, PackParser parser) {
        this.folder = folder;
        this.parser = parser;
    }

    /** The folder etc/org.apache.felix.fileinstall-deploy.cfg watches. */
    private static Path deployFolder() {
        return Path.of(System.getProperty("karaf.base", "."), "deploy");
    }

    @Override
    public List<PackProblem> install(String fileName, byte[] content) throws IOException {
        Path target = resolve(fileName);
        if (fileName.endsWith(PackFileBundler.SUFFIX)
                && parser.parse(fileName, content, ResourceResolver.none()) instanceof ParseOutcome.Rejected rejected) {
            return rejected.problems();
        }
        Files.createDirectories(folder);
        Path staging = Files.createTempFile(folder.getParent() == null ? folder : folder.getParent(),
                ".limber-upload-", ".part");
        try {
            Files.write(staging, content);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(staging);
        }
        LOG.info("Pack file {} ({} bytes) dropped into {}", fileName, content.length, folder);
        return List.of();
    }

    @Override
    public boolean remove(String fileName) throws IOException {
        boolean removed = Files.deleteIfExists(resolve(fileName));
        if (removed) {
            LOG.info("Pack file {} removed from {}", fileName, folder);
        }
        return removed;
    }

    @Override
    public List<String> files() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (NAME.matcher(name).matches() && Files.isRegularFile(entry)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    private Path resolve(String fileName) {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("a pack file name is letters, digits, '.', '_' or '-' (at most 120), "
                    + "ending in .pack.json or .jar");
        }
        return folder.resolve(fileName);
    }
}
