"""Uploaded decks on both engines (migration 0051): versions, one pending per
group, confirm keeps the replaced version, rollback restores it; a group's
uploads are its own."""

from __future__ import annotations

from pathlib import Path

from decks.deck_samples import vault_zip
from manual_clock import utc

from bot.core.records import GroupDefaults
from bot.core.types import GroupRef, Platform
from bot.decks.uploads import Uploads
from bot.storage import deck_uploads as rows
from bot.storage import open_store

T0 = utc(2026, 3, 2, 8, 0)


def room(name: str) -> GroupRef:
    return GroupRef(platform=Platform.SHELL, channel_id=name, space_id="local")


async def test_versions_confirm_and_rollback(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        a = await store.ensure_group(room("a"), GroupDefaults())
        b = await store.ensure_group(room("b"), GroupDefaults())
        uploads = Uploads(store.db)
        first = await uploads.preview(a.id, "notes.zip", vault_zip(), "ann", T0)
        assert (first.name, first.version, first.sections) == ("notes", 1, 2)
        assert await uploads.names(a.id) == []  # pending is not a deck yet
        switched = await uploads.confirm(a.id, "", T0)
        assert switched is not None and (switched.deck, switched.version) == ("notes", 1)
        assert await uploads.names(a.id) == ["notes"]
        assert await uploads.names(b.id) == []  # another group never sees it
        assert await uploads.files(b.id, "notes") is None
        files = await uploads.files(a.id, "notes")
        assert files is not None and files.notes[0][0] == "vault/network/vpc.md"

        # A second version replaces the first; a new pending one drops an older one.
        await uploads.preview(a.id, "notes.zip", vault_zip(), "ann", T0)
        again = await uploads.preview(a.id, "notes.zip", vault_zip(), "ann", T0)
        assert again.version == 3
        second = await uploads.confirm(a.id, "notes", T0)
        assert second is not None and second.version == 3
        assert await uploads.confirm(a.id, "notes", T0) is None  # nothing pending
        back = await uploads.rollback(a.id, T0)
        assert back is not None and (back.deck, back.version, back.refresh) == ("notes", 1, True)
        home = await uploads.rollback(a.id, T0)
        assert home is not None and (home.deck, home.version) == ("", None)
        assert await uploads.rollback(a.id, T0) is None
        assert await uploads.names(a.id) == []
        assert await rows.active_file(store.db, a.id, "notes") is None
    finally:
        await store.close()
