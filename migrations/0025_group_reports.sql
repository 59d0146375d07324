-- Issue 12: a member's problem report no longer retires a question for every
-- group. Reports stay open until the group's admin keeps or retires the
-- question (`reports`), or until `report_threshold` distinct members of the
-- group reported it; either way the question leaves that group's rotation only
-- (group_retired). Retiring it for the whole deck is the deck maintainer's call
-- (`studybot quiz flagged`, then the notes).
ALTER TABLE groups ADD COLUMN report_threshold INTEGER NOT NULL DEFAULT 3
    CHECK (report_threshold BETWEEN 1 AND 50);

-- open | kept | retired, and when an admin (or the threshold) decided.
ALTER TABLE problem_reports ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'kept', 'retired'));
ALTER TABLE problem_reports ADD COLUMN decided_at TEXT;
CREATE INDEX problem_reports_group_open ON problem_reports (group_id, status);

CREATE TABLE group_retired (
    group_id    INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    question_id TEXT    NOT NULL,
    retired_at  TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    PRIMARY KEY (group_id, question_id)
) WITHOUT ROWID;

-- Questions a single report retired for every group before this migration now
-- leave only the reporting groups' rotations.
INSERT INTO group_retired (group_id, question_id, retired_at, reason)
    SELECT r.group_id, r.question_id, min(r.created_at), 'reported'
    FROM problem_reports r JOIN questions q ON q.id = r.question_id
    WHERE q.retired_reason = 'reported' OR q.retired_reason LIKE 'reported:%'
    GROUP BY r.group_id, r.question_id;
UPDATE problem_reports SET status = 'retired', decided_at = created_at
    WHERE question_id IN (SELECT id FROM questions
                          WHERE retired_reason = 'reported' OR retired_reason LIKE 'reported:%');
UPDATE questions SET retired_at = NULL, retired_reason = NULL
    WHERE retired_reason = 'reported' OR retired_reason LIKE 'reported:%';
