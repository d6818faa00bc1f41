package org.limber.storage.internal;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.osgi.PGDataSourceFactory;
import org.postgresql.util.DriverInfo;

/**
 * A throwaway PostgreSQL cluster for the tests, one per test run, shared by every class that registers this
 * extension ({@code @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();}). It is
 * started on the first {@link #newDatabase()} and stopped and deleted when the run ends.
 * <p>
 * The cluster is Debian's PostgreSQL server ({@code /usr/lib/postgresql/<newest>/bin}, which {@code ./test.sh}
 * installs), {@code initdb}'d into {@code target/pg-<random>/data} with PostgreSQL's defaults (so {@code fsync} and
 * {@code synchronous_commit} are on), listening on a free port on 127.0.0.1 only, with its socket in that folder
 * and password (SCRAM) authentication. initdb refuses to run as root: as root (CI) the binaries run as the
 * {@code postgres} user through {@code runuser}, with the folder handed to that user; as anyone else they run as
 * that user. Missing binaries fail the tests, never skip them.
 * <p>
 * Each test gets a database of its own, owned by the ordinary (not superuser) role {@code limber}, as an
 * installation would create it, and reaches it through pgjdbc's own {@code DataSourceFactory} given the properties
 * an {@code etc/org.ops4j.datasource-limber.cfg} for PostgreSQL holds.
 */
final class PostgresServer implements BeforeAllCallback {
    /** The name pgjdbc's bundle activator registers its DataSourceFactory under (osgi.jdbc.driver.name). */
    static final String DRIVER_NAME = DriverInfo.DRIVER_NAME;
    static final String USER = "limber";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresServer.class);
    private static final Path DEBIAN_SERVERS = Path.of("/usr/lib/postgresql");

    private ExtensionContext.Store run;

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root context's store lives as long as the test run: every class shares one cluster, closed at the end.
        run = context.getRoot().getStore(NAMESPACE);
    }

    /** A new, empty database owned by {@link #USER}; starts the cluster first if this run has none yet. */
    DataSource newDatabase() throws SQLException {
        if (run == null) {
            throw new IllegalStateException("Register PostgresServer as a static @RegisterExtension field");
        }
        return run.getOrComputeIfAbsent(Cluster.class, key -> Cluster.start(), Cluster.class).newDatabase();
    }

    /** One running cluster; closed (stopped and deleted) by JUnit when the run ends, or at exit at the latest. */
    static final class Cluster implements ExtensionContext.Store.CloseableResource {
        private final Path bin;
        private final Path folder;
        private final String runAs;
        private final String superuserPassword;
        private final String password;
        private final AtomicInteger databases = new AtomicInteger();
        private final Thread stopAtExit = new Thread(this::stop, "stop test PostgreSQL");
        private int port;
        private Connection admin;
        private boolean stopped;

        private Cluster(Path bin, Path folder, String runAs) {
            this.bin = bin;
            this.folder = folder;
            this.runAs = runAs;
            this.superuserPassword = randomHex(16);
            this.password = randomHex(16);
        }

        static Cluster start() {
            long started = System.nanoTime();
            Path bin = binaries();
            String runAs = isRoot() ? "postgres" : null;
            Cluster cluster = new Cluster(bin, folder(runAs), runAs);
            Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
            try {
                cluster.initdb();
                cluster.startServer();
                cluster.admin = cluster.dataSource("postgres", "postgres", cluster.superuserPassword).getConnection();
                cluster.administer("CREATE ROLE " + USER + " LOGIN PASSWORD '" + cluster.password + "'");
            } catch (IOException | SQLException | RuntimeException e) {
                cluster.stop();
                throw new IllegalStateException("The test PostgreSQL cluster did not start: " + e.getMessage(), e);
            }
            System.out.printf("PostgreSQL %s test cluster on 127.0.0.1:%d in %s, started in %d ms%n",
                    bin.getParent().getFileName(), cluster.port, cluster.folder,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return cluster;
        }

        /** The newest Debian PostgreSQL server's binaries, or a failure saying how to get them. */
        private static Path binaries() {
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(DEBIAN_SERVERS)) {
                try (Stream<Path> versions = Files.list(DEBIAN_SERVERS)) {
                    versions.map(version -> version.resolve("bin"))
                            .filter(bin -> Files.isExecutable(bin.resolve("initdb"))
                                    && Files.isExecutable(bin.resolve("pg_ctl")))
                            .forEach(found::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return found.stream().max(Comparator.comparing(bin -> bin.getParent().getFileName().toString(),
                    PostgresServer::compareVersions)).orElseThrow(() -> new IllegalStateException(
                            "The PostgreSQL tests need a PostgreSQL server (initdb and pg_ctl under " + DEBIAN_SERVERS
                                    + "/<version>/bin), and there is none. Run ./test.sh, which installs Debian's "
                                    + "postgresql package, or: sudo apt-get install postgresql"));
        }

        /**
         * target/pg-<random>, owned by the user the server runs as. As root, that user must be able to reach it:
         * if the checkout is in a folder closed to others (say /root), the cluster goes to the temporary folder.
         */
        private static Path folder(String runAs) {
            String name = "pg-" + randomHex(4);
            try {
                Path target = Files.createDirectories(Path.of("target")).toAbsolutePath();
                Path folder = Files.createDirectory(target.resolve(name));
                handTo(folder, runAs);
                if (runAs == null) {
                    return folder;
                }
                if (run(List.of("runuser", "-u", runAs, "--", "test", "-w", folder.toString()), null) == 0) {
                    return folder;
                }
                Files.delete(folder);
                Path temporary = Files.createTempDirectory("limber-" + name + "-");
                handTo(temporary, runAs);
                return temporary;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Makes a file or folder the user's alone (the user may be null: this process's). */
        private static void handTo(Path path, String user) throws IOException {
            String permissions = Files.isDirectory(path) ? "rwx------" : "rw-------";
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            if (user != null) {
                UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(path, users.lookupPrincipalByName(user));
            }
        }

        private void initdb() throws IOException {
            Path passwordFile = folder.resolve("superuser-password");
            Files.writeString(passwordFile, superuserPassword + "\n");
            handTo(passwordFile, runAs);
            // --no-sync only skips flushing initdb's own files (a throwaway cluster); the server itself keeps fsync on.
            exec("initdb", "-D", data().toString(), "-U", "postgres", "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale", "--no-sync");
            Files.delete(passwordFile);
        }

        /** Starts the server on a free port; another process may take the port in between, so it tries again. */
        private void startServer() throws IOException {
            Path configuration = data().resolve("postgresql.conf");
            String initial = Files.readString(configuration);
            // The socket folder's path must fit in a socket address (107 bytes); a deep checkout goes without one.
            String socketFolder = folder.resolve(".s.PGSQL.65535").toString().length() < 100 ? folder.toString() : "";
            for (int attempt = 1;; attempt++) {
                port = freePort();
                Files.writeString(configuration, initial + "\n# PostgresServer (Limber's tests)\n"
                        + "listen_addresses = '127.0.0.1'\n"
                        + "port = " + port + "\n"
                        + "unix_socket_directories = '" + socketFolder.replace("'", "''") + "'\n");
                try {
                    exec("pg_ctl", "start", "-D", data().toString(), "-l", folder.resolve("server.log").toString(),
                            "-w", "-t", "30", "-s");
                    return;
                } catch (IllegalStateException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        }

        DataSource newDatabase() throws SQLException {
            String name = "limber_test_" + databases.incrementAndGet();
            administer("CREATE DATABASE " + name + " OWNER " + USER);
            return dataSource(name, USER, password);
        }

        /** Runs a statement as the cluster's superuser. */
        private synchronized void administer(String sql) throws SQLException {
            try (Statement statement = admin.createStatement()) {
                statement.execute(sql);
            }
        }

        /**
         * A DataSource for the database made as the distribution would make it: pgjdbc's DataSourceFactory, given
         * the properties of the documented etc/org.ops4j.datasource-limber.cfg as pax-jdbc-config forwards them.
         */
        private DataSource dataSource(String database, String user, String password) throws SQLException {
            Properties cfg = new Properties();
            cfg.setProperty("osgi.jdbc.driver.name", DRIVER_NAME);
            cfg.setProperty("dataSourceName", "limber");
            cfg.setProperty("url", "jdbc:postgresql://127.0.0.1:" + port + "/" + database);
            cfg.setProperty("user", user);
            cfg.setProperty("password", password);
            return new PGDataSourceFactory().createDataSource(ShippedConfiguration.forwarded(cfg));
        }

        @Override
        public void close() {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException exiting) {
                // Already running the hooks.
            }
        }

        /** Stops the server at once (nothing in it is worth a clean shutdown) and deletes the cluster. */
        private synchronized void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            if (admin != null) {
                try {
                    admin.close();
                } catch (SQLException ignored) {
                    // The server goes anyway.
                }
            }
            if (Files.exists(data().resolve("postmaster.pid"))) {
                run(command("pg_ctl", "stop", "-D", data().toString(), "-m", "immediate", "-w", "-s"), null);
            }
            delete(folder);
        }

        private Path data() {
            return folder.resolve("data");
        }

        /** Runs one of the server's programs, as the server's user; fails with its output if it fails. */
        private void exec(String program, String... arguments) throws IOException {
            Path output = Files.createTempFile("limber-pg-", ".out");
            try {
                int exit = run(command(program, arguments), output);
                if (exit != 0) {
                    Path log = folder.resolve("server.log");
                    throw new IllegalStateException(program + " failed (exit " + exit + "): "
                            + Files.readString(output, StandardCharsets.UTF_8).strip() + tail(log));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        }

        private List<String> command(String program, String... arguments) {
            List<String> command = new ArrayList<>();
            if (runAs != null) {
                command.addAll(List.of("runuser", "-u", runAs, "--"));
            }
            command.add(bin.resolve(program).toString());
            command.addAll(List.of(arguments));
            return command;
        }
    }

    /** Runs a command to its end; its output goes to the file, or nowhere without one. Returns its exit status. */
    private static int run(List<String> command, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(output == null ? Redirect.DISCARD : Redirect.to(output.toFile()));
        try {
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + command.get(0), e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 20), lines.size());
            return last.isEmpty() ? "" : "\nserver log:\n" + String.join("\n", last);
        } catch (IOException noLog) {
            return "";
        }
    }

    private static boolean isRoot() {
        try {
            // /proc/self is owned by the process's effective user.
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete the test PostgreSQL cluster " + folder + ": " + e);
        }
    }

    /** Compares version folder names such as 9.6, 15 and 17 numerically. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\D+");
        String[] right = b.split("\\D+");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length && !left[i].isEmpty() ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length && !right[i].isEmpty() ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
