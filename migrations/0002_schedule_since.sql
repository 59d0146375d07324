-- When the current schedule was set. A slot that fell before it was never
-- promised to anyone, so start-up catch-up must not post it late (otherwise
-- setting "09:00" at 15:00 would post at once, and setting it at 08:00 would
-- post "yesterday's" question an hour before today's).
ALTER TABLE groups ADD COLUMN scheduled_since TEXT;
