"""The core's `DeckSource` over the host's library (and, when given, the
groups' uploads): names a group may pick, the key each name stands for, and
loading a deck off the event loop.

Keys: a library deck's key is its name; an upload's is `upload:<group>:<name>`,
so one group's deck never answers to another group's choice.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from bot.core.content import Loaded, ReloadError
from bot.decks.build import build
from bot.decks.files import DeckFiles
from bot.decks.library import Library
from bot.notes.errors import NotesError

if TYPE_CHECKING:
    from bot.decks.cache import BankCache

UPLOAD_PREFIX = "upload:"


class UploadedDecks(Protocol):
    """The groups' uploaded decks (bot/decks/uploads.py)."""

    async def names(self, group_id: int) -> list[str]: ...

    async def files(self, group_id: int, name: str) -> DeckFiles | None: ...


def upload_key(group_id: int, name: str) -> str:
    return f"{UPLOAD_PREFIX}{group_id}:{name}"


def upload_id_prefix(key: str) -> str:
    """Short and stable: fits the platforms' button ids beside the question id."""
    return "u" + hashlib.sha256(key.encode()).hexdigest()[:6] + "."


class LibrarySource:
    """`library` None: the default deck was handed in as is (tests, benches);
    it answers to `fixed` names, and only the uploads are read from here.
    `cache`: banks built before (bot/decks/cache.py), for every deck loaded."""

    def __init__(
        self,
        library: Library | None,
        uploads: UploadedDecks | None = None,
        *,
        fixed: Sequence[str] = (),
        default_key: str = "",
        cache: BankCache | None = None,
    ) -> None:
        self.library = library
        self.cache = cache
        self.uploads = uploads
        self._fixed = list(fixed)
        self._default_key = default_key

    async def names(self, group_id: int) -> list[str]:
        names = list(await asyncio.to_thread(self._library_names))
        if self.uploads is not None:
            names += [n for n in await self.uploads.names(group_id) if n not in names]
        return names

    def _library_names(self) -> list[str]:
        if self.library is None:
            return list(self._fixed)
        try:
            return list(self.library.entries())
        except NotesError:
            return []

    async def key(self, group_id: int, name: str) -> str | None:
        if self.uploads is not None and name in await self.uploads.names(group_id):
            return upload_key(group_id, name)
        if name not in await asyncio.to_thread(self._library_names):
            return None
        return self._default_key if self.library is None else name

    async def load(self, key: str) -> Loaded:
        files = await self._files(key)
        prefix = upload_id_prefix(key) if key.startswith(UPLOAD_PREFIX) else ""
        try:
            built = await asyncio.to_thread(build, files, id_prefix=prefix, cache=self.cache)
        except (NotesError, ValueError) as exc:
            raise ReloadError(f"cannot load deck {files.name}: {exc}") from exc
        return built.loaded()

    async def _files(self, key: str) -> DeckFiles:
        if key.startswith(UPLOAD_PREFIX):
            group, _, name = key[len(UPLOAD_PREFIX):].partition(":")
            found = None
            if self.uploads is not None and group.isdigit():
                found = await self.uploads.files(int(group), name)
            if found is None:
                raise ReloadError(f"no deck {name!r}")
            return found
        if self.library is None:
            raise ReloadError("this deck cannot be read again")
        try:
            entry = (await asyncio.to_thread(self.library.entries)).get(key)
            if entry is None:
                raise ReloadError(f"no deck {key!r}")
            return await asyncio.to_thread(entry.read)
        except NotesError as exc:
            raise ReloadError(f"cannot load deck {key}: {exc}") from exc
        except OSError as exc:
            raise ReloadError(f"cannot read deck {key}: {exc.strerror or exc}") from exc
