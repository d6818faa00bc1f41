package org.limber.account.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.limber.account.api.LimberPrincipal;
import org.limber.account.internal.AccountConfig;
import org.limber.account.internal.Accounts;
import org.limber.account.internal.SignIn;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.storage.api.BackupResult;
import org.limber.storage.api.StorageBackup;
import org.limber.storage.internal.SqlStorage;
import org.sqlite.SQLiteDataSource;

import jakarta.servlet.DispatcherType;

/**
 * The account web layer as Felix HTTP runs it: the session filter on {@code /api/*} in front of this bundle's
 * servlets and two stand-ins for other bundles' resources, in a real Jetty on a loopback port, over the real account
 * components and real storage on an SQLite file.
 */
final class ApiServer implements AutoCloseable {
    private static final Pattern TOKEN_LINE = Pattern.compile("Limber set-up token: (\\S+)");

    final SqlStorage storage;
    final Accounts accounts;
    final SignIn signIn;
    final String setupToken;
    final AdminBackupsServlet backups = new AdminBackupsServlet();
    final URI base;
    private final Server server = new Server();
    private final SQLiteDataSource dataSource;
    private String printed;

    ApiServer(Path folder, String... trustedProxies) throws Exception {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("limber.db")
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
        dataSource.setBusyTimeout(10_000);
        dataSource.setTransactionMode("IMMEDIATE");
        storage = SqlStorage.start(dataSource);
        accounts = startPrintingToken();
        setupToken = token();
        signIn = new SignIn(accountConfig(), storage.users(), storage.sessions());

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        FilterHolder filter = new FilterHolder(new SessionFilter(webConfig(trustedProxies), signIn));
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/api/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new AuthServlet(accounts, signIn)), "/api/v1/auth/*");
        context.addServlet(new ServletHolder(new AccountServlet(accounts, signIn)), "/api/v1/account/*");
        context.addServlet(new ServletHolder(new AdminUsersServlet(accounts)), "/api/v1/admin/users/*");
        context.addServlet(new ServletHolder(new AdminSettingsServlet(accounts)), "/api/v1/admin/settings");
        context.addServlet(new ServletHolder(backups), "/api/v1/admin/backups");
        context.addServlet(new ServletHolder(new EchoServlet()), "/api/v1/journal/*");
        context.addServlet(new ServletHolder(new EchoServlet()), "/api/v1/packs/*");
        context.addServlet(new ServletHolder(new EchoServlet()), "/api/v1/exercises/*");
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
        this.dataSource = dataSource;
    }

    /** Starts the account service as the framework would, and reads the token line it prints, as people do. */
    private Accounts startPrintingToken() {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Accounts(storage.users(), storage.sessions(), storage.settings());
        } finally {
            System.setOut(console);
            printed = captured.toString(StandardCharsets.UTF_8);
        }
    }

    private String token() {
        Matcher line = TOKEN_LINE.matcher(printed);
        if (!line.find()) {
            throw new IllegalStateException("no set-up token printed: " + printed);
        }
        return line.group(1);
    }

    /** An online backup of the test database, as the storage bundle offers it for SQLite. */
    StorageBackup sqliteBackup(Path folder) {
        return new StorageBackup() {
            @Override
            public BackupResult backup(Path target) throws java.io.IOException {
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    java.nio.file.Files.createDirectories(target.getParent());
                    statement.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
                } catch (java.sql.SQLException e) {
                    throw new java.io.IOException(e);
                }
                return new BackupResult(target, java.nio.file.Files.size(target), storage.status().schemaVersion(),
                        Instant.now());
            }

            @Override
            public Path defaultFolder() {
                return folder;
            }
        };
    }

    @Override
    public void close() throws Exception {
        server.stop();
        signIn.deactivate();
    }

    /** Stands in for other bundles' resources: tells who the filter says is asking. */
    static final class EchoServlet extends RestServlet {
        private static final long serialVersionUID = 1L;

        EchoServlet() {
            for (String path : new String[] {"", "/{x}"}) {
                get(path, EchoServlet::echo);
                post(path, EchoServlet::echo);
                delete(path, EchoServlet::echo);
            }
        }

        private static Reply echo(org.limber.rest.RestRequest request) {
            Map<String, Object> body = new LinkedHashMap<>();
            var servlet = request.servletRequest();
            body.put("principal", request.principal() instanceof LimberPrincipal p ? p.username() : null);
            body.put("userId", request.principal() instanceof LimberPrincipal p ? p.userId() : null);
            body.put("remoteUser", servlet.getRemoteUser());
            body.put("admin", servlet.isUserInRole("admin"));
            body.put("remoteAddr", servlet.getRemoteAddr());
            body.put("secure", servlet.isSecure());
            body.put("scheme", servlet.getScheme());
            return Reply.privateJson(body);
        }
    }

    static AccountConfig accountConfig() {
        return new AccountConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AccountConfig.class;
            }

            @Override
            public int idleTimeoutMinutes() {
                return 30;
            }

            @Override
            public int absoluteTimeoutHours() {
                return 12;
            }

            @Override
            public int maxFailuresPerAccount() {
                return 5;
            }

            @Override
            public int maxFailuresPerAddress() {
                return 20;
            }

            @Override
            public int lockoutMinutes() {
                return 15;
            }
        };
    }

    static WebConfig webConfig(String... trustedProxies) {
        return new WebConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebConfig.class;
            }

            @Override
            public String[] trustedProxies() {
                return trustedProxies;
            }
        };
    }
}
