-- Issue 16: each group reads its own deck. A question belongs to the deck it
-- was generated from, so syncing one deck never retires another deck's
-- questions as 'gone'. '' is the default deck of the databases made before.
ALTER TABLE questions ADD COLUMN deck TEXT NOT NULL DEFAULT '';
CREATE INDEX questions_by_deck ON questions (deck);
