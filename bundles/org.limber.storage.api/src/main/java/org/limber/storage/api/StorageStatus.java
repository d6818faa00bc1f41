package org.limber.storage.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Present while Limber's database is open and its schema is up to date: the storage bundle registers this service
 * only after every schema migration has been applied, so a component that needs the database can simply
 * depend on it. The service also carries the properties {@value #DIALECT} and {@value #SCHEMA_VERSION}.
 */
@ProviderType
public interface StorageStatus {
    /** Service property: the SQL dialect, as {@link #dialect()}. */
    String DIALECT = "dialect";

    /** Service property: the schema version, as {@link #schemaVersion()}. */
    String SCHEMA_VERSION = "schemaVersion";

    /** The version of the last schema migration applied; the newest this Limber knows. */
    int schemaVersion();

    /** The database in use: {@code sqlite} or {@code postgresql}. */
    String dialect();

    /**
     * Where the database is, for administrators: the file of an SQLite database, or host, port and database name
     * of a server; never credentials.
     */
    String location();
}
