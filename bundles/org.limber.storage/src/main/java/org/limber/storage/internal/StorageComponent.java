package org.limber.storage.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.sql.DataSource;

import org.limber.storage.api.StorageBackup;
import org.limber.storage.api.StorageStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Limber's storage on the DataSource {@code dataSourceName=limber} (pax-jdbc-config makes it from
 * {@code etc/org.ops4j.datasource-limber.cfg}): migrates the schema, then registers {@link StorageStatus}. It
 * registers the service itself rather than through DS, so it appears only once the schema is up to date and never
 * when migrating failed. A changed DataSource configuration restarts this component, and so the check.
 */
@Component(service = {})
public class StorageComponent {
    private static final Logger LOG = LoggerFactory.getLogger(StorageComponent.class);

    private final ServiceRegistration<StorageStatus> registration;
    private final ServiceRegistration<StorageBackup> backup;

    @Activate
    public StorageComponent(BundleContext context, @Reference(target = "(dataSourceName=limber)") DataSource dataSource) {
        StorageStatus status;
        try {
            status = SchemaStarter.start(dataSource, Migrations.ALL,
                    ScriptSource.classLoader(StorageComponent.class.getClassLoader()));
        } catch (MigrationException e) {
            LOG.error("Limber's storage did not start: {}", e.getMessage());
            throw e;
        } catch (SQLException e) {
            LOG.error("Limber's storage did not start: the database cannot be opened or read ({}). "
                    + "Check etc/org.ops4j.datasource-limber.cfg and that the database folder exists and is writable.",
                    e.getMessage());
            throw new MigrationException("The database cannot be opened or read", e);
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(StorageStatus.DIALECT, status.dialect());
        properties.put(StorageStatus.SCHEMA_VERSION, status.schemaVersion());
        registration = context.registerService(StorageStatus.class, status, properties);
        backup = Dialect.SQLITE.id().equals(status.dialect())
                ? context.registerService(StorageBackup.class, new SqliteBackup(dataSource, Path.of(status.location()),
                        status.schemaVersion(), Clock.systemUTC()), properties)
                : null;
        LOG.info("Storage started: {} at {}, schema version {}", status.dialect(), status.location(),
                status.schemaVersion());
    }

    @Deactivate
    void deactivate() {
        unregister(backup);
        unregister(registration);
    }

    private static void unregister(ServiceRegistration<?> service) {
        try {
            if (service != null) {
                service.unregister();
            }
        } catch (IllegalStateException alreadyGone) {
            // The framework unregisters a stopping bundle's services itself.
        }
    }
}
