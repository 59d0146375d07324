-- Several processes on one PostgreSQL (issue 19): when each group's next daily
-- post is due, as the process that last looked at the group worked it out
-- (bot.core.due), so that a tick claims only the groups due now
-- (claim_due_groups) instead of every process reading every scheduled group,
-- and each process wakes when the soonest is due (next_group_due). NULL: not
-- known (never looked at, or its settings changed since): the next tick looks
-- at the group. A post made outside the fan-out (post now) can only make a
-- group due later, so the time kept stays a safe lower bound. Unused on
-- SQLite (one process, which keeps its scheduled groups in memory).
ALTER TABLE groups ADD COLUMN due_at TEXT;
CREATE INDEX groups_due ON groups (due_at) WHERE scheduled = 1 AND paused = 0;
