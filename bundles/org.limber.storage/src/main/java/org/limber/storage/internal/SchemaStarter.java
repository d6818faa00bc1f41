package org.limber.storage.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.limber.storage.api.StorageStatus;

/** Opens the database behind a DataSource, detects its dialect and migrates it; no OSGi, so tests run it as is. */
final class SchemaStarter {
    private SchemaStarter() {
    }

    static StorageStatus start(DataSource dataSource, List<Migration> migrations, ScriptSource scripts)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            Dialect dialect = Dialect.of(metaData);
            MigrationRunner runner = new MigrationRunner(dialect, migrations, scripts);
            MigrationRunner.Result result = runner.migrate(connection);
            return new Status(result.schemaVersion(), dialect.id(), dialect.location(metaData.getURL()));
        }
    }
}
