-- As ../0095_group_due.sql. Times as text in the "C" collation (as 0001's), so
-- that text order is time order whatever the database's collation; 0081's
-- claimed_until was added without it, and the fan-out compares the two.
ALTER TABLE groups ADD COLUMN due_at TEXT COLLATE "C";
ALTER TABLE groups ALTER COLUMN claimed_until TYPE TEXT COLLATE "C";
CREATE INDEX groups_due ON groups (due_at) WHERE scheduled = 1 AND paused = 0;
