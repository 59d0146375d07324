-- studybot: rebuild (run with foreign keys off; see bot/storage/migrate.py)
-- Issue 11: one clock and one tick.
-- A post's day is keyed in the zone it was posted in: after a zone change the
-- new zone's days get their own keys, so "2026-03-03 in Los Angeles" is never
-- refused because "2026-03-03 in Seoul" was posted (the UNIQUE below replaces
-- UNIQUE (group_id, local_date)). `attempt_at` is the delivery claim: when a
-- process last took the post to hand it to a platform (see
-- bot.core.ports.PostStorePort for the claim rules).
-- SQLite cannot drop a table constraint, so the table is rebuilt (SQLite's
-- procedure: new table, copy, drop the old, rename; foreign keys are off, so
-- answers keep pointing at "daily_posts", which is the new table at the end).
CREATE TABLE daily_posts_new (
    id           INTEGER PRIMARY KEY,
    group_id     INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    local_date   TEXT    NOT NULL,
    timezone     TEXT    NOT NULL,
    question_id  TEXT    NOT NULL REFERENCES questions (id),
    posted_at    TEXT    NOT NULL,
    closes_at    TEXT    NOT NULL,
    message_ref  TEXT,
    delivered    INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1)),
    revealed_at  TEXT,
    attempt_at   TEXT,
    UNIQUE (group_id, timezone, local_date)
);
INSERT INTO daily_posts_new (id, group_id, local_date, timezone, question_id, posted_at, closes_at,
                         message_ref, delivered, revealed_at, attempt_at)
SELECT p.id, p.group_id, p.local_date, g.timezone, p.question_id, p.posted_at, p.closes_at,
       p.message_ref, p.delivered, p.revealed_at, p.posted_at
FROM daily_posts p JOIN groups g ON g.id = p.group_id;
DROP TABLE daily_posts;
ALTER TABLE daily_posts_new RENAME TO daily_posts;
CREATE INDEX daily_posts_open ON daily_posts (closes_at) WHERE revealed_at IS NULL;
CREATE INDEX daily_posts_question ON daily_posts (group_id, question_id);
CREATE INDEX daily_posts_undelivered ON daily_posts (attempt_at) WHERE delivered = 0;
