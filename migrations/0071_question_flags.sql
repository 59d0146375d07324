-- Issue 18: answer statistics flag a question for people to decide; they never
-- retire it. One row per flagged question (all groups on the deck share it).
CREATE TABLE question_flags (
    question_id TEXT PRIMARY KEY REFERENCES questions (id),
    reason      TEXT NOT NULL,
    detail      TEXT NOT NULL,
    flagged_at  TEXT NOT NULL
);
