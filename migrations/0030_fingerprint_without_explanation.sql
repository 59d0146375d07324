-- Fingerprints (bot.learning.retire.content_hash) no longer hash the explanation,
-- which quotes the facts of the wrong choices too: stored values would all look
-- changed. '' = unknown, adopted as is on the next sync instead of retiring every
-- question as "notes-changed".
UPDATE questions SET source_hash = '';
