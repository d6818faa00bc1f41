package org.limber.storage.internal;

import java.util.List;

/**
 * Every schema migration Limber knows, oldest first. A migration, once released, never changes: its checksum is
 * recorded in the database and checked at every start. Change the schema by adding the next one (with a script
 * for every {@link Dialect}).
 */
public final class Migrations {
    public static final List<Migration> ALL = List.of(
            new Migration(1, "Users, sessions and app settings"),
            new Migration(2, "Pain journal"),
            new Migration(3, "Routines and reminders"));

    private Migrations() {
    }

    /** The schema version this code brings a database to. */
    public static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }
}
