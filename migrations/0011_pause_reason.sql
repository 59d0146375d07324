-- Issue 11: why a group's daily question is paused when the platform paused it
-- (a permanent refusal: missing access, channel gone, app uninstalled); NULL
-- when an admin paused it or it runs. `schedule` and Slack's App Home show it.
ALTER TABLE groups ADD COLUMN paused_reason TEXT;
