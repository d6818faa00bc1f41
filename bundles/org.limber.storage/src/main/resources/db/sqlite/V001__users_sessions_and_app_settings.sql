-- Schema 1: accounts, browser sessions and instance-wide settings.
-- Rules for every migration script (SqlScript): one statement per ';' at a line end, comments on lines of their
-- own, no transaction control. Times are milliseconds since 1970-01-01 UTC in both dialects.

-- Accounts. Usernames are stored as the account service normalizes them; password_hash is a self-describing
-- hash string (algorithm and parameters included), never a password.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'user')),
    created_at    INTEGER NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
) STRICT;

-- Browser sessions, keyed by a hash of the session id: the id itself is only ever in the cookie.
CREATE TABLE sessions (
    id_hash      TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX sessions_user_id ON sessions (user_id);

CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- Settings of the instance (self-registration open, ...), as text.
CREATE TABLE app_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
