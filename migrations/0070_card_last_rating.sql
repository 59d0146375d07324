-- Issue 18: the fsrs Rating of a card's latest answer, so that grading knows a
-- right click right after a miss may be a guess (bot.learning.srs.rating_for),
-- and practice asks yesterday's misses first. NULL on cards from before.
ALTER TABLE cards ADD COLUMN last_rating INTEGER;
