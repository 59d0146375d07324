-- Issue 11: who set the group's schedule (the platform's user id), so that the
-- admin is told by direct message when a permanent refusal pauses the group.
-- NULL for schedules set before this column existed (then nobody is told).
ALTER TABLE groups ADD COLUMN scheduled_by TEXT;
