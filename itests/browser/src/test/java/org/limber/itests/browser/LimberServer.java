package org.limber.itests.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real Limber distribution, unpacked into target/ and started as a child process ({@code bin/karaf server})
 * on free ports. {@link #start} returns once {@code GET /api/v1/health} and the web UI at {@code /} answer 200.
 */
final class LimberServer implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Path home;
    private final int httpPort;
    private final Path log;
    private final Process process;

    private LimberServer(Path home, int httpPort, Path log, Process process) {
        this.home = home;
        this.httpPort = httpPort;
        this.log = log;
        this.process = process;
    }

    static LimberServer start(Path archive, Path workDir, Duration startTimeout) throws IOException, InterruptedException {
        if (archive == null || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("The Limber distribution archive was not found at " + archive
                    + ". Build it first (mvn install at the root builds distribution/ before itests/).");
        }
        deleteTree(workDir);
        Files.createDirectories(workDir);
        run(workDir, "tar", "-xzf", archive.toAbsolutePath().toString(), "-C", workDir.toString());
        Path home;
        try (Stream<Path> children = Files.list(workDir)) {
            home = children.filter(p -> Files.isRegularFile(p.resolve("bin/karaf"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No bin/karaf inside " + archive));
        }
        int httpPort = freePort();
        setProperty(home.resolve("etc/org.apache.felix.http.cfg"), "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(freePort()));
        Path management = home.resolve("etc/org.apache.karaf.management.cfg");
        if (Files.exists(management)) {
            setProperty(management, "rmiRegistryPort", String.valueOf(freePort()));
            setProperty(management, "rmiServerPort", String.valueOf(freePort()));
        }
        for (String script : List.of("karaf", "start", "stop", "client", "status", "shell")) {
            home.resolve("bin").resolve(script).toFile().setExecutable(true);
        }
        return launch(home, httpPort, workDir.resolve("karaf-console.log"), startTimeout);
    }

    /** Stops this server and starts the same installation again, with its data, on the same ports. */
    LimberServer restart(Duration startTimeout) throws IOException, InterruptedException {
        close();
        return launch(home, httpPort, log, startTimeout);
    }

    private static LimberServer launch(Path home, int httpPort, Path log, Duration startTimeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("KARAF_HOME");
        builder.environment().remove("KARAF_BASE");
        LimberServer server = new LimberServer(home, httpPort, log, builder.start());
        try {
            server.awaitHealthy(startTimeout);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Kills the Karaf JVM with SIGKILL (no shutdown hooks, nothing flushed), as a power cut or the OOM killer would,
     * and waits until it is gone. {@code bin/karaf} runs the JVM as its child, so the JVM is found among its
     * descendants.
     */
    void killJvm() throws InterruptedException {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        for (ProcessHandle member : family) {
            member.destroyForcibly();
        }
        for (ProcessHandle member : family) {
            member.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the same installation again after {@link #killJvm()}, on the same ports. */
    LimberServer restartAfterKill(Duration startTimeout) throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("Limber is still running; kill it first");
        }
        return launch(home, httpPort, log, startTimeout);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    Path home() {
        return home;
    }

    Path deployDir() {
        return home.resolve("deploy");
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(baseUri().resolve("/api/v1/health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Limber exited with code " + process.exitValue()
                        + " before it became healthy.\n" + logTail());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                HttpResponse<Void> page = response.statusCode() == 200
                        ? client.send(HttpRequest.newBuilder(baseUri()).timeout(Duration.ofSeconds(5)).build(),
                                HttpResponse.BodyHandlers.discarding())
                        : null;
                if (page != null && page.statusCode() == 200) {
                    return;
                }
                last = page == null ? "health: HTTP " + response.statusCode() + " " + response.body()
                        : "web UI: HTTP " + page.statusCode();
            } catch (IOException e) {
                last = e.toString();
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("Limber did not answer 200 on " + health.uri() + " within " + timeout.toSeconds()
                + " s (last: " + last + ").\n" + logTail());
    }

    /** The last lines of the console output and of Karaf's own log, for failure messages. */
    String logTail() {
        StringBuilder text = new StringBuilder();
        for (Path file : List.of(log, home.resolve("data/log/karaf.log"))) {
            text.append("--- ").append(file).append(" (last 80 lines) ---\n");
            try {
                List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of("(missing)");
                lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(l -> text.append(l).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                text.append("(unreadable: ").append(e).append(")\n");
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                Process stop = new ProcessBuilder(home.resolve("bin/stop").toString())
                        .directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                stop.waitFor(30, TimeUnit.SECONDS);
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing an existing (or commented-out) line. */
    static void setProperty(Path cfg, String key, String value) throws IOException {
        List<String> lines = Files.exists(cfg) ? Files.readAllLines(cfg, StandardCharsets.UTF_8) : new ArrayList<>();
        Pattern line = Pattern.compile("^\\s*#?\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        boolean replaced = false;
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!replaced && line.matcher(l).matches()) {
                out.add(key + " = " + value);
                replaced = true;
            } else if (!line.matcher(l).matches() || l.trim().startsWith("#")) {
                out.add(l);
            }
        }
        if (!replaced) {
            out.add(key + " = " + value);
        }
        Files.write(cfg, out, StandardCharsets.UTF_8);
        Properties check = new Properties();
        try (var reader = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
            check.load(reader);
        }
        if (!value.equals(check.getProperty(key))) {
            throw new IllegalStateException("Could not set " + key + " in " + cfg);
        }
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
