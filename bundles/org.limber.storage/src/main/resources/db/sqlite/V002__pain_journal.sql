-- Schema 2: the pain journal (org.limber.journal.api). Every row belongs to one user and goes with the account.
-- Enums are stored by their wire names (kebab case); times are milliseconds since 1970-01-01 UTC; days are
-- yyyy-mm-dd in the user's time zone. (The table "sessions" of schema 1 holds browser sessions.)

-- Stretching sessions the user logged.
CREATE TABLE journal_sessions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at               INTEGER NOT NULL,
    routine_id       TEXT,
    routine_name     TEXT,
    duration_minutes INTEGER CHECK (duration_minutes >= 0),
    notes            TEXT,
    recorded_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX journal_sessions_user_at ON journal_sessions (user_id, at);

-- The exercises of a session, in the order done (position 0, 1, ...), with the dose actually done.
CREATE TABLE journal_session_exercises (
    session_id   INTEGER NOT NULL REFERENCES journal_sessions (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    exercise_id  TEXT    NOT NULL,
    name         TEXT,
    outcome      TEXT    NOT NULL CHECK (outcome IN ('done', 'skipped', 'stopped')),
    sets         INTEGER CHECK (sets >= 0),
    reps         INTEGER CHECK (reps >= 0),
    hold_seconds INTEGER CHECK (hold_seconds >= 0),
    sides        TEXT    CHECK (sides IN ('both', 'left', 'right', 'not-sided')),
    response     TEXT    CHECK (response IN ('eased', 'no-change', 'worse', 'spread', 'centralized')),
    notes        TEXT,
    PRIMARY KEY (session_id, position)
) STRICT;

CREATE INDEX journal_session_exercises_user_id ON journal_session_exercises (user_id);

-- Symptom check-ins. red_flags: the ids of the red flags reported, comma-separated, '' for none.
CREATE TABLE journal_check_ins (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id                   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at                        INTEGER NOT NULL,
    timing                    TEXT    NOT NULL CHECK (timing IN ('standalone', 'before-session', 'after-session')),
    session_id                INTEGER REFERENCES journal_sessions (id) ON DELETE SET NULL,
    back_pain                 INTEGER NOT NULL CHECK (back_pain BETWEEN 0 AND 10),
    leg_pain                  INTEGER NOT NULL CHECK (leg_pain BETWEEN 0 AND 10),
    leg_extent                TEXT    NOT NULL CHECK (leg_extent IN ('none', 'buttock', 'thigh', 'below-knee', 'foot')),
    numbness                  INTEGER NOT NULL CHECK (numbness IN (0, 1)),
    tingling                  INTEGER NOT NULL CHECK (tingling IN (0, 1)),
    weakness                  INTEGER NOT NULL CHECK (weakness IN (0, 1)),
    sitting_minutes           INTEGER CHECK (sitting_minutes >= 0),
    sleep_quality             INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    flare                     INTEGER NOT NULL CHECK (flare IN (0, 1)),
    red_flags                 TEXT    NOT NULL DEFAULT '',
    notes                     TEXT,
    recorded_at               INTEGER NOT NULL,
    red_flags_acknowledged_at INTEGER
) STRICT;

CREATE INDEX journal_check_ins_user_at ON journal_check_ins (user_id, at);

CREATE INDEX journal_check_ins_session_id ON journal_check_ins (session_id);

-- Days marked as a planned rest or a flare-up: one mark per user and day.
CREATE TABLE journal_days (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day     TEXT    NOT NULL CHECK (length(day) = 10),
    kind    TEXT    NOT NULL CHECK (kind IN ('rest', 'flare')),
    PRIMARY KEY (user_id, day)
) STRICT;

-- The user's plan. rest_days: lower-case weekday names, comma-separated in week order, '' for none; zone: an
-- IANA time zone id.
CREATE TABLE journal_plans (
    user_id           INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 21),
    rest_days         TEXT    NOT NULL DEFAULT '',
    zone              TEXT    NOT NULL
) STRICT;
