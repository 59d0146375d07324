-- Weekly and monthly recap posts (issue 17). A group may turn them off; each
-- recap is claimed once per group, kind and period before anything is sent,
-- so a repeated or concurrent daily cycle never posts it twice.
ALTER TABLE groups ADD COLUMN recap INTEGER NOT NULL DEFAULT 1 CHECK (recap IN (0, 1));

CREATE TABLE recaps (
    group_id     INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('week', 'month')),
    period_start TEXT    NOT NULL,   -- local date: the Monday, or the 1st of the month
    claimed_at   TEXT    NOT NULL,
    PRIMARY KEY (group_id, kind, period_start)
) WITHOUT ROWID;
