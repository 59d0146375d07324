"""Groups' uploaded decks: read and checked (archive.py), built once for the
preview, kept in the database (bot/storage/deck_uploads.py) by version.

Implements the core's `DeckUploads` (preview, confirm, rollback) and the
source's `UploadedDecks` (a group's upload names and files). A group sees only
its own uploads: every query is by its group id.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from bot.core.uploads import Switched, UploadPreview, UploadRefused
from bot.decks.archive import read_upload
from bot.decks.build import build
from bot.decks.files import DeckFiles
from bot.decks.source import upload_id_prefix, upload_key
from bot.notes.errors import NotesError
from bot.storage import deck_uploads
from bot.storage.sql import SqlDatabase


class Uploads:
    def __init__(self, db: SqlDatabase) -> None:
        self._db = db

    async def preview(
        self, group_id: int, filename: str, data: bytes, by: str, at: datetime
    ) -> UploadPreview:
        files = read_upload(filename, data)
        try:
            # Built now, not at confirm: what the admin is told is what the deck gives.
            built = await asyncio.to_thread(
                build, files, id_prefix=upload_id_prefix(upload_key(group_id, files.name))
            )
        except NotesError as exc:
            raise UploadRefused("refuse.notes", detail=str(exc)) from None
        if not built.questions:
            raise UploadRefused("refuse.no_questions")
        version = await deck_uploads.add_pending(
            self._db, group_id, files.name, filename, data, by, at
        )
        cards = sum(1 for q in built.questions if q.is_flashcard)
        return UploadPreview(
            name=files.name,
            version=version,
            files=len(files.notes),
            sections=len(built.deck.sections),
            topics=sum(len(s.topics) for s in built.deck.sections),
            questions=len(built.questions) - cards,
            cards=cards,
            warnings=tuple(str(w) for w in built.deck.warnings),
        )

    async def confirm(self, group_id: int, current_deck: str, at: datetime) -> Switched | None:
        row = await deck_uploads.confirm(self._db, group_id, current_deck, at)
        if row is None:
            return None
        return Switched(deck=row.name, version=row.version, refresh=True)

    async def rollback(self, group_id: int, at: datetime) -> Switched | None:
        restored = await deck_uploads.rollback(self._db, group_id)
        if restored is None:
            return None
        return Switched(deck=restored.deck, version=restored.version, refresh=restored.refresh)

    # --- UploadedDecks (bot/decks/source.py) --------------------------------

    async def names(self, group_id: int) -> list[str]:
        return await deck_uploads.active_names(self._db, group_id)

    async def files(self, group_id: int, name: str) -> DeckFiles | None:
        found = await deck_uploads.active_file(self._db, group_id, name)
        if found is None:
            return None
        try:
            return read_upload(*found)
        except UploadRefused:
            return None  # checked when uploaded; only a change of limits gets here
