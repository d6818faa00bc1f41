package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.limber.rest.HealthIndicator;
import org.limber.storage.api.StorageStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage's part of {@code /api/v1/health}: UP with the dialect and schema version once the schema is up to date
 * and the database answers; DOWN before that, after a failed start, or when it stops answering. Never the file
 * path or any data. The REST bundle is optional for storage: without it this component is never used.
 */
@Component
public class StorageHealth implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(StorageHealth.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StorageStatus status;

    @Reference(target = "(dataSourceName=limber)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    private final AtomicBoolean reportedUnreadable = new AtomicBoolean();

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public Health check() {
        StorageStatus current = status;
        DataSource database = dataSource;
        if (current == null || database == null) {
            return new Health(false, Map.of("state", database == null
                    ? "no database configured (etc/org.ops4j.datasource-limber.cfg)"
                    : "not started: see the log"));
        }
        Map<String, Object> details = Map.of("dialect", current.dialect(), "schemaVersion", current.schemaVersion());
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM limber_schema_history").close();
            if (reportedUnreadable.compareAndSet(true, false)) {
                LOG.info("The database answers again");
            }
            return new Health(true, details);
        } catch (SQLException e) {
            if (reportedUnreadable.compareAndSet(false, true)) {
                LOG.warn("The database does not answer: {}", e.getMessage());
            }
            return new Health(false, Map.of("dialect", current.dialect(), "schemaVersion", current.schemaVersion(),
                    "state", "the database does not answer: see the log"));
        }
    }
}
