-- Issue 7: personal spaced repetition, review reminders, retirement on notes change.
-- One FSRS card per member and concept (Question.concept). Per member, not per
-- group: memory belongs to the person. Columns are bot.learning.srs.CardState.to_row().
CREATE TABLE cards (
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    concept     TEXT    NOT NULL,
    due         TEXT    NOT NULL,   -- UTC ISO text, same format as convert.ts()
    stability   REAL    NOT NULL,
    difficulty  REAL    NOT NULL,
    state       INTEGER NOT NULL,   -- fsrs State: 1 learning, 2 review, 3 relearning
    step        INTEGER,
    last_review TEXT    NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    PRIMARY KEY (member_id, concept)
) WITHOUT ROWID;
CREATE INDEX cards_due ON cards (member_id, due);
-- The daily fan-out asks every group for its opted-in members: with nobody opted
-- in, this partial index makes that question free.
CREATE INDEX members_reminders ON members (id) WHERE review_reminders = 1;
-- Fingerprints become bot.learning.retire.content_hash (which ignores "(file:line)"
-- references); '' = unknown, adopted as is on the next sync instead of retiring
-- every question as "notes-changed".
UPDATE questions SET source_hash = '';
