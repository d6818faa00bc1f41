package org.limber.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.limber.storage.api.SettingsStore;

class SqlSettingsStoreTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path base;

    @EachDialect
    void aSettingIsAbsentUntilPutAndThenReplaced(Dialect dialect) throws Exception {
        SettingsStore settings = TestStorage.start(dialect, base, POSTGRES).settings();
        assertEquals(Optional.empty(), settings.get("registration.open"));
        settings.put("registration.open", "true");
        settings.put("other", "x");
        assertEquals(Optional.of("true"), settings.get("registration.open"));
        settings.put("registration.open", "false");
        assertEquals(Optional.of("false"), settings.get("registration.open"));
        assertEquals(Optional.of("x"), settings.get("other"));
    }

    @EachDialect
    void aSettingSurvivesARestart(Dialect dialect) throws Exception {
        DataSource dataSource = TestStorage.database(dialect, base, POSTGRES);
        SqlStorage.start(dataSource).settings().put("registration.open", "true");
        assertEquals(Optional.of("true"), SqlStorage.start(dataSource).settings().get("registration.open"));
    }
}
