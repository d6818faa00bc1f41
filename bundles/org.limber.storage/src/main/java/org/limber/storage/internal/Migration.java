package org.limber.storage.internal;

import java.util.Locale;

/**
 * One schema migration: its version and what it does. Its SQL is one script per dialect, at
 * {@code db/<dialect>/V<version, 3 digits>__<description as a slug>.sql} in this bundle, for example
 * {@code db/sqlite/V001__users_sessions_and_app_settings.sql}.
 */
public record Migration(int version, String description) {
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("Migration versions start at 1, not " + version);
        }
        if (description == null || slug(description).isEmpty()) {
            throw new IllegalArgumentException("Migration " + version + " needs a description");
        }
    }

    /** The resource name of this migration's script for a dialect. */
    public String script(Dialect dialect) {
        return String.format(Locale.ROOT, "db/%s/V%03d__%s.sql", dialect.id(), version, slug(description));
    }

    static String slug(String description) {
        return description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
