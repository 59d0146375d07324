"""What the notes give the core (questions, lookup, deck), swappable in place.

Admin `reload` re-reads content/ while the bot runs. Every part of the core
holds the same `LiveContent`, so one `swap` changes what all of them see; the
questions of a post already made stay answerable as long as the new bank still
has them (ids are hashes of the source facts).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.core.ports import Lookup, QuestionBank, QuestionLike
from bot.notes.model import Deck


class ReloadError(Exception):
    """The notes could not be read again; the message is one line meant for people."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Loaded:
    bank: QuestionBank
    lookup: Lookup | None = None
    deck: Deck | None = None


# Re-reads the notes (off the event loop); raises ReloadError.
Reloader = Callable[[], Awaitable[Loaded]]


class LiveContent:
    """A QuestionBank that forwards to the bank loaded last, plus its lookup and deck."""

    def __init__(self, bank: QuestionBank, lookup: Lookup | None, deck: Deck | None) -> None:
        self.bank = bank
        self.lookup = lookup
        self.deck = deck

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
