-- PostgreSQL twin of ../0061_recaps.sql (no WITHOUT ROWID in PostgreSQL).
ALTER TABLE groups ADD COLUMN recap INTEGER NOT NULL DEFAULT 1 CHECK (recap IN (0, 1));

CREATE TABLE recaps (
    group_id     BIGINT  NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('week', 'month')),
    period_start TEXT    COLLATE "C" NOT NULL,
    claimed_at   TEXT    COLLATE "C" NOT NULL,
    PRIMARY KEY (group_id, kind, period_start)
);
