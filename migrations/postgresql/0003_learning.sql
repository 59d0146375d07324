-- PostgreSQL twin of ../0003_learning.sql: DOUBLE PRECISION for SQLite's REAL
-- (PostgreSQL's REAL is 4 bytes and would round FSRS stability/difficulty).
CREATE TABLE cards (
    member_id   BIGINT  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    concept     TEXT    NOT NULL,
    due         TEXT    COLLATE "C" NOT NULL,
    stability   DOUBLE PRECISION NOT NULL,
    difficulty  DOUBLE PRECISION NOT NULL,
    state       INTEGER NOT NULL,
    step        INTEGER,
    last_review TEXT    COLLATE "C" NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    PRIMARY KEY (member_id, concept)
);
CREATE INDEX cards_due ON cards (member_id, due);
CREATE INDEX members_reminders ON members (id) WHERE review_reminders = 1;
UPDATE questions SET source_hash = '';
