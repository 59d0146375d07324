-- Issue 18: the daily budget of new concepts practice serves beside the reviews
-- (bot.learning.practice), a group setting (`settings new N`).
ALTER TABLE groups ADD COLUMN new_per_day INTEGER NOT NULL DEFAULT 0
    CHECK (new_per_day BETWEEN 0 AND 50);
