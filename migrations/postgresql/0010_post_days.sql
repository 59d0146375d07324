-- PostgreSQL twin of ../0010_post_days.sql: PostgreSQL changes the constraint
-- in place (SQLite has to rebuild the table). A post's day is keyed in the zone
-- it was posted in; `attempt_at` is the delivery claim.
ALTER TABLE daily_posts ADD COLUMN timezone TEXT;
UPDATE daily_posts p SET timezone = g.timezone FROM groups g WHERE g.id = p.group_id;
ALTER TABLE daily_posts ALTER COLUMN timezone SET NOT NULL;
ALTER TABLE daily_posts ADD COLUMN attempt_at TEXT COLLATE "C";
UPDATE daily_posts SET attempt_at = posted_at;
ALTER TABLE daily_posts DROP CONSTRAINT daily_posts_group_id_local_date_key;
ALTER TABLE daily_posts ADD CONSTRAINT daily_posts_group_id_timezone_local_date_key
    UNIQUE (group_id, timezone, local_date);
CREATE INDEX daily_posts_undelivered ON daily_posts (attempt_at) WHERE delivered = 0;
