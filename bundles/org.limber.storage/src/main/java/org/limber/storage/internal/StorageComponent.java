package org.limber.storage.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.limber.storage.api.BrowserSessionStore;
import org.limber.storage.api.JournalStore;
import org.limber.storage.api.ReminderStore;
import org.limber.storage.api.RoutineStore;
import org.limber.storage.api.SettingsStore;
import org.limber.storage.api.StorageBackup;
import org.limber.storage.api.StorageException;
import org.limber.storage.api.StorageStatus;
import org.limber.storage.api.UserStore;
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
 * {@code etc/org.ops4j.datasource-limber.cfg}): migrates the schema, then registers {@link StorageStatus} and the
 * stores ({@link UserStore}, {@link BrowserSessionStore}, {@link SettingsStore}, {@link JournalStore},
 * {@link RoutineStore}, {@link ReminderStore}), each with the properties {@value StorageStatus#DIALECT} and
 * {@value StorageStatus#SCHEMA_VERSION}. It registers the services itself rather than through DS, so they appear
 * only once the schema is up to date and never when migrating failed. A changed DataSource configuration restarts
 * this component, and so the check.
 */
@Component(service = {})
public class StorageComponent {
    private static final Logger LOG = LoggerFactory.getLogger(StorageComponent.class);

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public StorageComponent(BundleContext context, @Reference(target = "(dataSourceName=limber)") DataSource dataSource) {
        SqlStorage storage;
        try {
            storage = SqlStorage.start(dataSource);
        } catch (MigrationException e) {
            LOG.error("Limber's storage did not start: {}", e.getMessage());
            throw e;
        } catch (StorageException e) {
            LOG.error("Limber's storage did not start: {}. Check etc/org.ops4j.datasource-limber.cfg and that the "
                    + "database folder exists and is writable.", e.getMessage());
            throw e;
        }
        StorageStatus status = storage.status();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(StorageStatus.DIALECT, status.dialect());
        properties.put(StorageStatus.SCHEMA_VERSION, status.schemaVersion());
        registrations.add(context.registerService(UserStore.class, storage.users(), properties));
        registrations.add(context.registerService(BrowserSessionStore.class, storage.sessions(), properties));
        registrations.add(context.registerService(SettingsStore.class, storage.settings(), properties));
        registrations.add(context.registerService(JournalStore.class, storage.journal(), properties));
        registrations.add(context.registerService(RoutineStore.class, storage.routines(), properties));
        registrations.add(context.registerService(ReminderStore.class, storage.reminders(), properties));
        if (Dialect.SQLITE.id().equals(status.dialect())) {
            registrations.add(context.registerService(StorageBackup.class, new SqliteBackup(dataSource,
                    Path.of(status.location()), status.schemaVersion(), Clock.systemUTC()), properties));
        }
        // Last: components waiting for StorageStatus find the stores already there.
        registrations.add(context.registerService(StorageStatus.class, status, properties));
        LOG.info("Storage started: {} at {}, schema version {}", status.dialect(), status.location(),
                status.schemaVersion());
    }

    @Deactivate
    void deactivate() {
        for (int i = registrations.size() - 1; i >= 0; i--) {
            try {
                registrations.get(i).unregister();
            } catch (IllegalStateException alreadyGone) {
                // The framework unregisters a stopping bundle's services itself.
            }
        }
        registrations.clear();
    }
}
