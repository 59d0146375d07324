-- Issue 12: a group belongs to one space (Discord guild, Slack workspace, shell
-- space) and only that space's admins may change it (bot/core/spaces.py). The
-- space is part of the group's identity: once set it never changes, and a
-- group's platform and channel never do. A row stored without a space (older
-- rows, Discord DMs) may adopt one, once. The store never writes these columns
-- on an update; this trigger makes any code that tries fail loudly instead.
CREATE TRIGGER groups_identity_fixed BEFORE UPDATE OF platform, channel_id, space_id ON groups
WHEN NEW.platform IS NOT OLD.platform
    OR NEW.channel_id IS NOT OLD.channel_id
    OR (OLD.space_id <> '' AND NEW.space_id IS NOT OLD.space_id)
BEGIN
    SELECT RAISE(ABORT, 'a group''s platform, channel and space never change');
END;
