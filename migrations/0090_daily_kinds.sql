-- Which questions a group's daily post draws from (issue 15): multiple choice
-- only ('mc'), the author's flashcards only ('cards'), or both ('mix').
ALTER TABLE groups ADD COLUMN daily_kinds TEXT NOT NULL DEFAULT 'mix'
    CHECK (daily_kinds IN ('mix', 'mc', 'cards'));
