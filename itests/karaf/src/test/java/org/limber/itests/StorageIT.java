package org.limber.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.osgi.service.jdbc.DataSourceFactory;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Durable storage in the distribution: the DataSource pax-jdbc-config makes from etc/org.ops4j.datasource-limber.cfg,
 * the schema migrated at start-up, the database file outside data/, and storage in the health answer.
 * <p>
 * The storage API is not on this module's classpath, so StorageStatus is read through its service properties
 * and, for its location, through the interface loaded from the storage bundle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StorageIT extends LimberTestSupport {
    private static final String STORAGE_STATUS = "org.limber.storage.api.StorageStatus";
    private static final Pattern SCRIPT = Pattern.compile(".*/V(\\d+)__[a-z0-9_]+\\.sql");

    @Inject
    BundleContext context;

    @Inject
    @Filter(value = "(dataSourceName=limber)", timeout = 30_000)
    DataSource dataSource;

    @Configuration
    public Option[] config() {
        return limberDistribution();
    }

    @Inject
    SessionFactory sessions;

    @Inject
    @Filter("(osgi.jdbc.driver.name=sqlite)")
    DataSourceFactory sqlite;

    @Test
    public void limberBackupWritesAConsistentCopyWhileRunning() throws Exception {
        File target = new File(required("karaf.base"), "storage/backups/it-" + System.nanoTime() + ".db");
        String printed = execute(sessions, "limber:backup " + target.getAbsolutePath());
        assertTrue(printed, printed.contains("Backup written") && target.isFile());
        java.util.Properties url = new java.util.Properties();
        url.setProperty(DataSourceFactory.JDBC_URL, "jdbc:sqlite:" + target.getAbsolutePath());
        try (Connection copy = sqlite.createDataSource(url).getConnection();
             Statement statement = copy.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertEquals("ok", rows.getString(1));
        }
        String again = execute(sessions, "limber:backup " + target.getAbsolutePath());
        assertTrue(again, again.contains("already exists"));
    }

    @Test
    public void storageStatusAppearsWithSqliteAndTheLatestSchema() throws Exception {
        ServiceReference<?> status = storageStatus();
        assertEquals("sqlite", status.getProperty("dialect"));
        assertEquals(latestShippedSchema(), status.getProperty("schemaVersion"));
        assertEquals(latestShippedSchema(), call(status, "schemaVersion"));
        assertEquals("sqlite", call(status, "dialect"));
    }

    @Test
    public void theDatabaseFileIsInStorageNotInData() throws Exception {
        File base = new File(required("karaf.base")).getCanonicalFile();
        File data = new File(required("karaf.data")).getCanonicalFile();
        File database = new File(base, "storage/limber.db");
        String location = (String) call(storageStatus(), "location");
        assertEquals(database.getPath(), new File(location).getCanonicalPath());
        assertTrue(database + " exists", database.isFile());
        assertFalse(location + " must not be under " + data, new File(location).getCanonicalPath().startsWith(data.getPath()));
    }

    @Test
    public void healthShowsStorageUpWithoutItsPath() throws Exception {
        storageStatus();
        await("the health answer is 200", () -> {
            try {
                return get("/api/v1/health").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        HttpResponse<String> response = get("/api/v1/health");
        JsonNode storage = new ObjectMapper().readTree(response.body()).path("components").path("storage");
        assertEquals(response.body(), "UP", storage.path("status").asText());
        assertEquals("sqlite", storage.path("details").path("dialect").asText());
        assertEquals(latestShippedSchema(), storage.path("details").path("schemaVersion").asInt());
        assertFalse("no file path in " + response.body(), response.body().contains("limber.db"));
        assertFalse("no file path in " + response.body(), response.body().contains(required("karaf.base")));
    }

    @Test
    public void connectionsFromTheDataSourceAreDurable() throws Exception {
        storageStatus();
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("wal", single(connection, "PRAGMA journal_mode"));
            assertEquals("synchronous=FULL", "2", single(connection, "PRAGMA synchronous"));
            assertEquals("1", single(connection, "PRAGMA foreign_keys"));
            assertEquals("busyTimeout reaches the driver", "10000", single(connection, "PRAGMA busy_timeout"));
            assertEquals(String.valueOf(latestShippedSchema()),
                    single(connection, "SELECT max(version) FROM limber_schema_history"));
            for (String table : new String[] {"users", "sessions", "app_settings"}) {
                assertEquals(table, "1",
                        single(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'"));
            }
        }
    }

    /** The StorageStatus service, waiting for it: it appears once the schema is migrated. */
    private ServiceReference<?> storageStatus() throws InterruptedException {
        await("StorageStatus is registered", () -> find() != null);
        return find();
    }

    private ServiceReference<?> find() {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(STORAGE_STATUS, null);
            return references == null ? null : references[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object call(ServiceReference<?> reference, String method) throws Exception {
        Object service = context.getService(reference);
        try {
            Method accessor = reference.getBundle().loadClass(STORAGE_STATUS).getMethod(method);
            return accessor.invoke(service);
        } finally {
            context.ungetService(reference);
        }
    }

    /** The highest migration version among the SQLite scripts the storage bundle ships. */
    private int latestShippedSchema() {
        Bundle storage = null;
        for (Bundle bundle : context.getBundles()) {
            if ("org.limber.storage".equals(bundle.getSymbolicName())) {
                storage = bundle;
            }
        }
        assertNotNull("the org.limber.storage bundle is installed", storage);
        int latest = 0;
        Enumeration<URL> scripts = storage.findEntries("db/sqlite", "V*.sql", false);
        while (scripts != null && scripts.hasMoreElements()) {
            Matcher matcher = SCRIPT.matcher(scripts.nextElement().getPath());
            if (matcher.matches()) {
                latest = Math.max(latest, Integer.parseInt(matcher.group(1)));
            }
        }
        assertTrue("the storage bundle ships migrations", latest > 0);
        return latest;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(sql, rows.next());
            return rows.getString(1);
        }
    }
}
