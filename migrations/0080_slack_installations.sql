-- Issue 19: Slack HTTP workers share installations and OAuth state through the
-- database (bot/adapters/slack/shared_install.py), so any worker behind the load
-- balancer can finish an install another one started and serve any workspace.
-- Portable SQL: the same file runs on SQLite and PostgreSQL. On SQLite (one
-- process) the adapter keeps slack_sdk's own file store; the tables stay empty.
CREATE TABLE slack_bots (
    enterprise_id TEXT NOT NULL DEFAULT '',
    team_id       TEXT NOT NULL DEFAULT '',
    bot           TEXT NOT NULL,   -- slack_sdk Bot fields as JSON (times as epoch seconds)
    installed_at  TEXT NOT NULL,   -- UTC ISO text
    PRIMARY KEY (enterprise_id, team_id)
);

CREATE TABLE slack_installations (
    enterprise_id TEXT NOT NULL DEFAULT '',
    team_id       TEXT NOT NULL DEFAULT '',
    user_id       TEXT NOT NULL DEFAULT '',
    installation  TEXT NOT NULL,   -- slack_sdk Installation fields as JSON
    installed_at  TEXT NOT NULL,
    PRIMARY KEY (enterprise_id, team_id, user_id)
);

CREATE TABLE slack_oauth_states (
    state      TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL       -- UTC ISO text; a state is good once, until then
);
