-- Schema 3: routines (org.limber.routine.api) and their reminders (org.limber.reminder.api). Every row belongs to
-- one user and goes with the account; a routine's sections, items, reminder plan and deliveries go with the routine.
-- Enums are stored by their wire names (kebab case); times are milliseconds since 1970-01-01 UTC; days of the week
-- are a bit mask (Monday 1, Tuesday 2, Wednesday 4 ... Sunday 64); times of day are HH:MM or HH:MM:SS; lists of
-- identifiers (exercise ids, positions, directions, channel ids) are comma-separated, since none holds a comma.
-- Free text (steps, options) has rows of its own.

-- Routines. kept_despite_stop: the exercise ids the user chose to keep although the journal says "stop this one".
CREATE TABLE routines (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    notes             TEXT,
    days              INTEGER NOT NULL DEFAULT 0 CHECK (days BETWEEN 0 AND 127),
    kept_despite_stop TEXT    NOT NULL DEFAULT '',
    template_id       TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
) STRICT;

CREATE INDEX routines_user_id ON routines (user_id);

-- A routine's sections in order (section_index 0, 1, ...); a section may have no items yet.
CREATE TABLE routine_sections (
    routine_id    INTEGER NOT NULL REFERENCES routines (id) ON DELETE CASCADE,
    section_index INTEGER NOT NULL CHECK (section_index >= 0),
    kind          TEXT    NOT NULL
                  CHECK (kind IN ('warm-up', 'stretching', 'strengthening', 'mobility', 'finish', 'custom')),
    title         TEXT,
    PRIMARY KEY (routine_id, section_index)
) STRICT;

-- A section's exercises in order (position 0, 1, ...). The dose columns override the exercise's default; NULL keeps it.
CREATE TABLE routine_items (
    routine_id    INTEGER NOT NULL,
    section_index INTEGER NOT NULL,
    position      INTEGER NOT NULL CHECK (position >= 0),
    exercise_id   TEXT    NOT NULL,
    hold_seconds  INTEGER CHECK (hold_seconds >= 0),
    reps          INTEGER CHECK (reps >= 0),
    sets          INTEGER CHECK (sets >= 0),
    per_side      INTEGER CHECK (per_side IN (0, 1)),
    rest_seconds  INTEGER CHECK (rest_seconds >= 0),
    minutes       INTEGER CHECK (minutes >= 0),
    note          TEXT,
    PRIMARY KEY (routine_id, section_index, position),
    FOREIGN KEY (routine_id, section_index) REFERENCES routine_sections (routine_id, section_index) ON DELETE CASCADE
) STRICT;

-- Exercises of the user's own. positions, directions: wire names, comma-separated; the dose columns as in
-- routine_items.
CREATE TABLE personal_exercises (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    summary      TEXT,
    category     TEXT    CHECK (category IN ('stretch', 'strengthening', 'mobility', 'nerve-glide', 'activity')),
    positions    TEXT    NOT NULL DEFAULT '',
    directions   TEXT    NOT NULL DEFAULT '',
    hold_seconds INTEGER CHECK (hold_seconds >= 0),
    reps         INTEGER CHECK (reps >= 0),
    sets         INTEGER CHECK (sets >= 0),
    per_side     INTEGER CHECK (per_side IN (0, 1)),
    rest_seconds INTEGER CHECK (rest_seconds >= 0),
    minutes      INTEGER CHECK (minutes >= 0),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX personal_exercises_user_id ON personal_exercises (user_id);

-- A personal exercise's steps in order (position 0, 1, ...).
CREATE TABLE personal_exercise_steps (
    exercise_id INTEGER NOT NULL REFERENCES personal_exercises (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    text        TEXT    NOT NULL,
    PRIMARY KEY (exercise_id, position)
) STRICT;

-- The user's standing exclusions.
CREATE TABLE user_exclusions (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    exclusion TEXT    NOT NULL CHECK (exclusion IN ('no-kneeling', 'no-face-down', 'no-extension', 'no-flexion',
                                                    'no-rotation', 'no-standing')),
    PRIMARY KEY (user_id, exclusion)
) STRICT;

-- The recovery phase the user set.
CREATE TABLE user_phase (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    phase   TEXT    NOT NULL CHECK (phase IN ('acute', 'subacute', 'recovery'))
) STRICT;

-- One reminder plan per routine: its settings (times, channel_ids: comma-separated; enabled) and the engine's
-- scheduling state (days copied from the routine, next_due, snooze_until, done_at). The engine claims due plans
-- through reminder_plans_due.
CREATE TABLE reminder_plans (
    routine_id   INTEGER PRIMARY KEY REFERENCES routines (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    times        TEXT    NOT NULL DEFAULT '',
    channel_ids  TEXT    NOT NULL DEFAULT '',
    enabled      INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    days         INTEGER NOT NULL DEFAULT 0 CHECK (days BETWEEN 0 AND 127),
    next_due     INTEGER,
    snooze_until INTEGER,
    done_at      INTEGER
) STRICT;

CREATE INDEX reminder_plans_user_id ON reminder_plans (user_id);

CREATE INDEX reminder_plans_due ON reminder_plans (enabled, next_due);

-- Reminder preferences, one row per user (created with the defaults when first needed). cap_day (yyyy-mm-dd, the
-- user's local day) and cap_count count the reminders sent that day for the daily cap. calendar_token_hash: a hash
-- of the calendar feed's token, never the token.
CREATE TABLE reminder_preferences (
    user_id             INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    time_zone           TEXT    NOT NULL,
    quiet_from          TEXT,
    quiet_until         TEXT,
    daily_cap           INTEGER CHECK (daily_cap >= 0),
    snooze_minutes      INTEGER NOT NULL CHECK (snooze_minutes > 0),
    detailed_text       INTEGER NOT NULL CHECK (detailed_text IN (0, 1)),
    cap_day             TEXT    CHECK (length(cap_day) = 10),
    cap_count           INTEGER NOT NULL DEFAULT 0 CHECK (cap_count >= 0),
    calendar_token_hash TEXT    UNIQUE
) STRICT;

-- The user's address on each channel, and its options (preset, signing secret, ...) one row each.
CREATE TABLE channel_addresses (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel_id TEXT    NOT NULL,
    address    TEXT,
    PRIMARY KEY (user_id, channel_id)
) STRICT;

CREATE TABLE channel_address_options (
    user_id    INTEGER NOT NULL,
    channel_id TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (user_id, channel_id, name),
    FOREIGN KEY (user_id, channel_id) REFERENCES channel_addresses (user_id, channel_id) ON DELETE CASCADE
) STRICT;

-- One reminder through one channel. next_attempt_at is set while it is pending or retrying and NULL once it is
-- delivered or failed, so reminder_deliveries_attempt holds only the deliveries still to try. lease_until: a node
-- is trying it until then (a crashed node's lease runs out).
CREATE TABLE reminder_deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    routine_id      INTEGER NOT NULL REFERENCES routines (id) ON DELETE CASCADE,
    channel_id      TEXT    NOT NULL,
    due_at          INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'retrying', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER,
    lease_until     INTEGER,
    last_error      TEXT,
    title           TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    link            TEXT
) STRICT;

CREATE INDEX reminder_deliveries_user_due ON reminder_deliveries (user_id, due_at);

CREATE INDEX reminder_deliveries_routine_id ON reminder_deliveries (routine_id);

CREATE INDEX reminder_deliveries_attempt ON reminder_deliveries (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- Every attempt to deliver, in the order made. (The user is the delivery's: no user_id of its own, so recording an
-- attempt locks nothing but the delivery.)
CREATE TABLE delivery_attempts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id     INTEGER NOT NULL REFERENCES reminder_deliveries (id) ON DELETE CASCADE,
    at              INTEGER NOT NULL,
    outcome         TEXT    NOT NULL,
    detail          TEXT,
    duration_millis INTEGER NOT NULL
) STRICT;

CREATE INDEX delivery_attempts_delivery_id ON delivery_attempts (delivery_id);
