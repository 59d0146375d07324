"""What the notes give the core (questions, lookup, deck), per deck, swappable in place.

Each group reads its own deck (`GroupSettings.deck`; "" is the host's default
deck). A `Shelf` holds the decks loaded so far, one `LiveContent` each, and
loads the others through a `DeckSource` (the host's library and the groups'
uploads, bot/decks) on first use. Groups on one deck share its LiveContent:
its questions (ids are hashes of the source facts) and their statistics, never
boards or answers, which are the group's.

Admin `reload` re-reads a deck while the bot runs: one `swap` changes what
every group on it sees; the questions of a post already made stay answerable
as long as the new bank still has them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.ports import Lookup, QuestionBank, QuestionLike
from bot.notes.model import Deck


class ReloadError(Exception):
    """The notes could not be read again; the message is one line meant for people."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Loaded:
    bank: QuestionBank
    lookup: Lookup | None = None
    deck: Deck | None = None


# Re-reads the default deck's notes (off the event loop); raises ReloadError.
Reloader = Callable[[], Awaitable[Loaded]]


class LiveContent:
    """A QuestionBank that forwards to the bank loaded last, plus its lookup and deck.
    `key` names the deck in the questions table (what a sync may retire)."""

    def __init__(
        self, bank: QuestionBank, lookup: Lookup | None, deck: Deck | None, key: str = ""
    ) -> None:
        self.bank = bank
        self.lookup = lookup
        self.deck = deck
        self.key = key

    def swap(self, loaded: Loaded) -> None:
        self.bank, self.lookup, self.deck = loaded.bank, loaded.lookup, loaded.deck

    def questions(self) -> Sequence[QuestionLike]:
        return self.bank.questions()

    def get(self, question_id: str) -> QuestionLike | None:
        return self.bank.get(question_id)

    def sections(self) -> list[str]:
        """Section titles in deck order (from the questions when there is no deck)."""
        if self.deck is not None:
            return [s.title for s in self.deck.sections]
        return list(dict.fromkeys(q.section for q in self.questions()))


class DeckSource(Protocol):
    """Where decks come from (bot/decks): names a group may pick, and loading."""

    async def names(self, group_id: int) -> list[str]:
        """The decks this group may pick: the host's, then its own uploads."""
        ...

    async def key(self, group_id: int, name: str) -> str | None:
        """The deck key for a group's chosen name ("" = the default deck);
        None when the group has no deck of that name (any more)."""
        ...

    async def load(self, key: str) -> Loaded:
        """Read the deck (raises ReloadError with a one-line reason)."""
        ...


class Shelf:
    """The loaded decks by key, the default one always among them."""

    def __init__(
        self,
        default: LiveContent,
        source: DeckSource | None = None,
        reloader: Reloader | None = None,
        names: Collection[str] = (),
    ) -> None:
        self.default = default
        self._source = source
        # Without a source, the names the default deck answers to (its files' stems).
        self._names = list(names)
        self._reloader = reloader
        self._loaded: dict[str, LiveContent] = {default.key: default}
        # (group, deck name) -> key: the lookup reads the host's folder and the
        # uploads table; every click and command would pay it. `forget` on change.
        self._keys: dict[tuple[int, str], str] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def default_name(self) -> str:
        """What the default deck is called (its key, or the name it answers to)."""
        return self.default.key or (self._names[0] if self._names else "-")

    def find(self, question_id: str) -> QuestionLike | None:
        """A question of any loaded deck (only for a group's own posts)."""
        for content in self._loaded.values():
            found = content.get(question_id)
            if found is not None:
                return found
        return None

    def loaded(self) -> list[LiveContent]:
        return list(self._loaded.values())

    async def names(self, group_id: int) -> list[str]:
        if self._source is None:
            return list(self._names)
        return await self._source.names(group_id)

    async def key_of(self, group_id: int, name: str) -> str | None:
        if not name:
            return self.default.key
        if self._source is None:
            return self.default.key if name in self._names else None
        return await self._source.key(group_id, name)

    async def content(self, group_id: int, name: str) -> LiveContent:
        """The group's deck; the default one when its deck is gone (the host
        removed it), so the group keeps a daily question."""
        key = self._keys.get((group_id, name))
        if key is None:
            key = await self.key_of(group_id, name)
            if key is None:
                return self.default
            self._keys[(group_id, name)] = key
        return await self.by_key(key)

    def forget(self, group_id: int) -> None:
        """The group's deck choices changed (switch, confirm, rollback)."""
        for known in [k for k in self._keys if k[0] == group_id]:
            del self._keys[known]

    async def by_key(self, key: str) -> LiveContent:
        found = self._loaded.get(key)
        if found is not None:
            return found
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:  # a fan-out right after start-up loads each deck once
            found = self._loaded.get(key)
            if found is None:
                if self._source is None:
                    raise ReloadError(f"no deck {key!r}")
                loaded = await self._source.load(key)
                found = LiveContent(loaded.bank, loaded.lookup, loaded.deck, key)
                self._loaded[key] = found
            return found

    async def fresh(self, key: str) -> LiveContent:
        """The deck read now: loaded if new, else read again and swapped in place
        (every group on it sees the new notes)."""
        found = self._loaded.get(key)
        if found is None:
            return await self.by_key(key)
        found.swap(await self.read_again(found))
        return found

    async def read_again(self, content: LiveContent) -> Loaded:
        """The deck's notes read again (admin `reload`); raises ReloadError."""
        if self._reloader is not None and content is self.default:
            return await self._reloader()
        if self._source is not None:
            return await self._source.load(content.key)
        raise ReloadError("this deck cannot be read again")

    @property
    def can_reload(self) -> bool:
        return self._source is not None or self._reloader is not None
