"""Decks a group brings from the chat: what the core asks of the upload store
(bot/decks/uploads.py) and what it answers with.

An upload is read and checked first (the preview: what was read, or why it
was refused); nothing changes until an admin confirms. Each confirmed version
is kept, and one command goes back to what the group studied before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

# Limits told to users (the reader in bot/decks/archive.py enforces them).
MAX_UPLOAD_MB = 5
MAX_NOTES_FILES = 200
MAX_UNPACKED_MB = 20
MAX_DEPTH = 8


class UploadRefused(Exception):
    """Why an upload was not read: a message key (`refuse.*`) and its values."""

    def __init__(self, key: str, **values: str) -> None:
        self.key = key
        self.values = values
        super().__init__(key + "".join(f" {k}={v}" for k, v in values.items()))


@dataclass(frozen=True, kw_only=True, slots=True)
class UploadPreview:
    """What an upload holds, read but not used yet."""

    name: str
    version: int
    files: int
    sections: int
    topics: int
    questions: int
    cards: int
    warnings: tuple[str, ...]  # "file:line: message"


@dataclass(frozen=True, kw_only=True, slots=True)
class Switched:
    """A confirm or a rollback: the deck the group studies now."""

    deck: str  # "" is the host's default deck
    version: int | None = None  # an upload's version; None for a host deck
    refresh: bool = False  # the deck's notes changed (another version of an upload)


class DeckUploads(Protocol):
    async def preview(
        self, group_id: int, filename: str, data: bytes, by: str, at: datetime
    ) -> UploadPreview:
        """Read and check an upload and keep it as the group's pending one
        (replacing an earlier pending one). Raises UploadRefused."""
        ...

    async def confirm(self, group_id: int, current_deck: str, at: datetime) -> Switched | None:
        """Make the pending upload the group's deck (None: nothing pending)."""
        ...

    async def rollback(self, group_id: int, at: datetime) -> Switched | None:
        """Undo the group's last confirm (None: nothing to undo)."""
        ...
