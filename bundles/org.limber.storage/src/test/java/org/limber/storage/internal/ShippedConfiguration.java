package org.limber.storage.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.ops4j.pax.jdbc.sqlite.impl.SqliteDataSourceFactory;

/**
 * The DataSource configuration the distribution ships ({@code etc/org.ops4j.datasource-limber.cfg}), turned into a
 * DataSource the way the distribution does it: pax-jdbc-sqlite's DataSourceFactory given the properties
 * pax-jdbc-config forwards to it (those without a dot, but {@code dataSourceName} and {@code dataSourceType}; and
 * those starting with {@code jdbc.}, without it), with {@code ${karaf.base}} pointing at a test folder.
 */
final class ShippedConfiguration {
    static final Path FILE = Path.of("../../distribution/src/main/resources/etc/org.ops4j.datasource-limber.cfg");

    private ShippedConfiguration() {
    }

    static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The shipped url with {@code ${karaf.base}} replaced by the folder. */
    static String url(Path karafBase) throws IOException {
        return properties().getProperty("url").replace("${karaf.base}", karafBase.toString());
    }

    /** A DataSource for the shipped url in the folder, made by pax-jdbc-sqlite as in the distribution. */
    static DataSource dataSource(Path karafBase) throws IOException, SQLException {
        Files.createDirectories(karafBase.resolve("storage"));
        Properties shipped = properties();
        for (String key : shipped.stringPropertyNames()) {
            shipped.setProperty(key, shipped.getProperty(key).replace("${karaf.base}", karafBase.toString()));
        }
        return new SqliteDataSourceFactory().createDataSource(forwarded(shipped));
    }

    /** The properties of a DataSource configuration that pax-jdbc-config gives the driver's DataSourceFactory. */
    static Properties forwarded(Properties configuration) {
        Properties forwarded = new Properties();
        for (String key : configuration.stringPropertyNames()) {
            String value = configuration.getProperty(key);
            if (key.startsWith("jdbc.")) {
                forwarded.setProperty(key.substring("jdbc.".length()), value);
            } else if (!key.contains(".") && !key.equals("dataSourceName") && !key.equals("dataSourceType")) {
                forwarded.setProperty(key, value);
            }
        }
        return forwarded;
    }
}
