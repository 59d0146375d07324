-- Issue 16: decks groups upload from the chat. The file itself (a .md or a
-- .zip, at most 5 MB) is kept, so every process reads the same deck and each
-- confirmed version stays for a rollback. One pending upload per group (the
-- preview not yet confirmed); `previous_deck` and `replaced` are what a
-- rollback of this version restores.
CREATE TABLE deck_uploads (
    id            INTEGER PRIMARY KEY,
    group_id      INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    filename      TEXT    NOT NULL,
    data          BLOB    NOT NULL,
    status        TEXT    NOT NULL
                  CHECK (status IN ('pending', 'active', 'kept', 'dropped', 'rolled-back')),
    uploaded_by   TEXT    NOT NULL,
    uploaded_at   TEXT    NOT NULL,
    confirmed_at  TEXT,
    previous_deck TEXT,
    replaced      INTEGER,   -- the id of the version this one replaced
    UNIQUE (group_id, name, version)
);
CREATE INDEX deck_uploads_by_group ON deck_uploads (group_id, status);
