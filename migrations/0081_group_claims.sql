-- Several processes on one PostgreSQL split a daily fan-out (issue 19): before
-- picking questions for a batch of due groups, a process claims them for a
-- short span (claimed_by: its token; claimed_until: the span's end), and the
-- others skip them. Only a division of work: the unique post key still
-- guarantees one post per group and day. Unused on SQLite (one process).
ALTER TABLE groups ADD COLUMN claimed_by TEXT;
ALTER TABLE groups ADD COLUMN claimed_until TEXT;
