package org.limber.itests.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the Limber distribution once for the whole test run (shared by every test class that uses this
 * extension) and stops it when the run ends. Test methods and lifecycle methods get it as a {@link Limber}
 * parameter.
 * <p>
 * For working on the UI against a server that is already running, {@code -Dlimber.baseUrl=http://host:port/}
 * skips starting the distribution; then the hot-deployment test needs {@code -Dlimber.home} too.
 */
public final class LimberExtension implements BeforeAllCallback, ParameterResolver {

    /** What the tests need of the running server. */
    public record Limber(URI baseUri, Optional<Path> deployDir, LimberServer server) {
        String url(String path) {
            return baseUri.resolve(path).toString();
        }

        String logTail() {
            return server == null ? "(server not started by the tests)" : server.logTail();
        }
    }

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LimberExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        limber(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Limber.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return limber(context);
    }

    private static Limber limber(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        Running running = store.getOrComputeIfAbsent("limber", key -> Running.attempt(), Running.class);
        if (running.failure() != null) {
            // Started once per run: a failed start fails every test class the same way, without retrying.
            throw running.failure();
        }
        return running.limber();
    }

    private static Limber startOrAttach() {
        String baseUrl = System.getProperty("limber.baseUrl", "").trim();
        if (!baseUrl.isEmpty()) {
            String home = System.getProperty("limber.home", "").trim();
            return new Limber(URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"),
                    home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home, "deploy")), null);
        }
        Path workDir = Path.of(System.getProperty("limber.workDir", "target/limber-it"));
        try {
            LimberServer server = LimberServer.start(distributionArchive(), workDir, startTimeout());
            return new Limber(server.baseUri(), Optional.of(server.deployDir()), server);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the Limber distribution: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Limber", e);
        }
    }

    /** The distribution archive the build passes in; a missing one fails loudly rather than skipping. */
    static Path distributionArchive() {
        String archive = System.getProperty("limber.distribution", "").trim();
        if (archive.isEmpty()) {
            archive = System.getProperty("limber.distribution.resolved", "").trim();
        }
        if (archive.isEmpty() || archive.startsWith("${")) {
            throw new IllegalStateException("System property limber.distribution is not set: run the tests through Maven"
                    + " (mvn verify), which passes the path of limber-VERSION.tar.gz.");
        }
        return Path.of(archive);
    }

    static Duration startTimeout() {
        return Duration.ofSeconds(Long.getLong("limber.startTimeout", 240));
    }

    /** Stops the server when JUnit closes the root store at the end of the run. */
    private record Running(Limber limber, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {
        static Running attempt() {
            try {
                return new Running(startOrAttach(), null);
            } catch (RuntimeException e) {
                return new Running(null, e);
            }
        }

        @Override
        public void close() {
            if (limber != null && limber.server() != null) {
                limber.server().close();
            }
        }
    }
}
