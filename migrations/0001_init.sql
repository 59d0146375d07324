-- Studybot schema, first version.
-- Times are UTC ISO-8601 strings ('2026-11-26T21:00:00.000000+00:00'), local dates
-- are 'YYYY-MM-DD' in the group's time zone. Constraints do the guarding:
-- one daily post per group per local date, one answer per member per post.

CREATE TABLE groups (
    id             INTEGER PRIMARY KEY,
    platform       TEXT    NOT NULL,
    channel_id     TEXT    NOT NULL,
    space_id       TEXT    NOT NULL DEFAULT '',
    deck           TEXT    NOT NULL DEFAULT '',
    post_time      TEXT    NOT NULL DEFAULT '09:00',
    timezone       TEXT    NOT NULL DEFAULT 'Asia/Seoul',
    language       TEXT    NOT NULL DEFAULT 'ko',
    window_minutes INTEGER CHECK (window_minutes IS NULL OR window_minutes > 0),
    paused         INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    scheduled      INTEGER NOT NULL DEFAULT 0 CHECK (scheduled IN (0, 1)),
    streak_rule    TEXT    NOT NULL DEFAULT 'right' CHECK (streak_rule IN ('right', 'any')),
    favour_weak    INTEGER NOT NULL DEFAULT 1 CHECK (favour_weak IN (0, 1)),
    created_at     TEXT    NOT NULL,
    UNIQUE (platform, channel_id)
);

CREATE TABLE members (
    id               INTEGER PRIMARY KEY,
    platform         TEXT    NOT NULL,
    user_id          TEXT    NOT NULL,
    display_name     TEXT    NOT NULL DEFAULT '',
    review_reminders INTEGER NOT NULL DEFAULT 0 CHECK (review_reminders IN (0, 1)),
    created_at       TEXT    NOT NULL,
    UNIQUE (platform, user_id)
);

-- The text of a question lives in the bank (generated from the notes); the
-- database keeps what history and retirement need.
CREATE TABLE questions (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL DEFAULT '',
    section        TEXT NOT NULL DEFAULT '',
    topic          TEXT NOT NULL DEFAULT '',
    concept        TEXT NOT NULL DEFAULT '',
    source_hash    TEXT NOT NULL DEFAULT '',
    first_seen_at  TEXT NOT NULL,
    retired_at     TEXT,
    retired_reason TEXT
) WITHOUT ROWID;

CREATE TABLE daily_posts (
    id           INTEGER PRIMARY KEY,
    group_id     INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    local_date   TEXT    NOT NULL,
    question_id  TEXT    NOT NULL REFERENCES questions (id),
    posted_at    TEXT    NOT NULL,
    closes_at    TEXT    NOT NULL,
    message_ref  TEXT,
    delivered    INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1)),
    revealed_at  TEXT,
    UNIQUE (group_id, local_date)
);
CREATE INDEX daily_posts_open ON daily_posts (closes_at) WHERE revealed_at IS NULL;
CREATE INDEX daily_posts_question ON daily_posts (group_id, question_id);

-- Every answer, daily and practice. `local_date` is the post's local date for
-- daily answers (an answer after midnight still belongs to its question's day)
-- and the answer's own local date for practice.
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    question_id TEXT    NOT NULL,
    post_id     INTEGER REFERENCES daily_posts (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('daily', 'practice')),
    choice      INTEGER NOT NULL CHECK (choice >= 0),
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    points      INTEGER NOT NULL DEFAULT 0,
    answered_at TEXT    NOT NULL,
    local_date  TEXT    NOT NULL,
    elapsed_ms  INTEGER,
    CHECK ((kind = 'daily') = (post_id IS NOT NULL)),
    UNIQUE (post_id, member_id)  -- NULL post_id (practice) is never a duplicate
);
CREATE INDEX answers_member ON answers (group_id, member_id, kind, local_date, correct);
CREATE INDEX answers_question ON answers (question_id, choice);

-- Leaderboard totals kept by trigger so that a board is an index range scan of
-- one row per member, whatever the number of answers. Periods: 'all',
-- 'W<monday>' and 'M<yyyy-mm>' of the answer's local date.
CREATE TABLE scores (
    group_id  INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    period    TEXT    NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    points    INTEGER NOT NULL,
    answered  INTEGER NOT NULL,
    correct   INTEGER NOT NULL,
    PRIMARY KEY (group_id, period, member_id)
) WITHOUT ROWID;
CREATE INDEX scores_board ON scores (group_id, period, points DESC, correct DESC);

CREATE TRIGGER answers_score AFTER INSERT ON answers WHEN NEW.kind = 'daily'
BEGIN
    INSERT INTO scores (group_id, period, member_id, points, answered, correct)
    VALUES
        (NEW.group_id, 'all', NEW.member_id, NEW.points, 1, NEW.correct),
        (NEW.group_id, 'W' || date(NEW.local_date, 'weekday 0', '-6 days'), NEW.member_id,
         NEW.points, 1, NEW.correct),
        (NEW.group_id, 'M' || substr(NEW.local_date, 1, 7), NEW.member_id,
         NEW.points, 1, NEW.correct)
    ON CONFLICT (group_id, period, member_id) DO UPDATE SET
        points = points + excluded.points,
        answered = answered + 1,
        correct = correct + excluded.correct;
END;

CREATE TABLE problem_reports (
    id          INTEGER PRIMARY KEY,
    question_id TEXT    NOT NULL,
    group_id    INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    reason      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    UNIQUE (question_id, group_id, member_id)
);
CREATE INDEX problem_reports_question ON problem_reports (question_id);
