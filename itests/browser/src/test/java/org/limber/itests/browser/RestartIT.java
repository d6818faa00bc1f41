package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * A bad update of a pack keeps its last good version serving, also after Limber restarts. Runs its own server,
 * since it restarts it.
 */
class RestartIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLastGoodVersionOfAPackServesAcrossARestart() throws Exception {
        Path packs = Path.of(System.getProperty("limber.itestPacks", "missing"));
        assertTrue(Files.isDirectory(packs), "the test packs are needed at " + packs);
        Path workDir = Path.of(System.getProperty("limber.restartWorkDir", "target/limber-restart-it"));
        LimberServer server = LimberServer.start(LimberExtension.distributionArchive(), workDir,
                LimberExtension.startTimeout());
        try {
            drop(packs.resolve("demo-1.0.0.pack.json"), server.deployDir().resolve("demo.pack.json"));
            await(server, "/api/v1/exercises?pack=demo", "\"total\":1");
            drop(packs.resolve("demo-1.1.0-bad.pack.json"), server.deployDir().resolve("demo.pack.json"));
            await(server, "/api/v1/packs/demo.pack.json", "\"servingVersion\":\"1.0.0\"");

            server = server.restart(LimberExtension.startTimeout());

            await(server, "/api/v1/packs/demo.pack.json", "\"state\":\"rejected\"");
            await(server, "/api/v1/packs/demo.pack.json", "\"servingVersion\":\"1.0.0\"");
            await(server, "/api/v1/exercises?pack=demo", "\"total\":1");
        } finally {
            server.close();
        }
    }

    private static void drop(Path pack, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.getParent().getParent(), "pack", ".tmp");
        Files.copy(pack, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls until the answer at {@code path} contains {@code expected}; fails with the last answer. */
    private void await(LimberServer server, String path, String expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                    server.baseUri().toString().replaceAll("/$", "") + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && response.body().contains(expected)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " did not contain " + expected + " within " + PATIENCE.toSeconds()
                + " s; last answer: " + last + "\n" + server.logTail());
    }
}
