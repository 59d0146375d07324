"""DeckFiles -> what the core serves: questions, the lookup index, the deck.

Pure apart from CPU (a large deck takes seconds: callers run it in a thread).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.core.bank import ListBank
from bot.core.content import Loaded
from bot.decks.files import DeckFiles
from bot.notes.glossary import Glossary, parse_glossary
from bot.notes.loader import assemble
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck
from bot.notes.parser import parse_file
from bot.quiz.known_wrong import parse_known_wrong
from bot.quiz.question import Question
from bot.quiz.typos import Typos, parse_typos

if TYPE_CHECKING:
    from bot.decks.cache import BankCache


@dataclass(frozen=True, kw_only=True, slots=True)
class Built:
    deck: Deck
    glossary: Glossary
    questions: tuple[Question, ...]
    lookup: LookupIndex

    def loaded(self) -> Loaded:
        return Loaded(bank=ListBank(self.questions), lookup=self.lookup, deck=self.deck)


def parse(files: DeckFiles) -> tuple[Deck, Glossary]:
    glossary = parse_glossary(*reversed(files.glossary)) if files.glossary else Glossary()
    parts = [parse_file(text, label) for label, text in files.notes]
    return assemble(parts, files.name, glossary), glossary


def build(files: DeckFiles, *, id_prefix: str = "", cache: BankCache | None = None) -> Built:
    """Everything from the notes. `id_prefix` keeps an uploaded deck's question
    ids apart from every other deck's (an upload is often an edited copy of
    another deck: without it both would share, and fight over, one question row).
    `cache`: the bank as built before from the same files by the same code,
    when it has it (bot/decks/cache.py); else built, and kept there."""
    deck, glossary = parse(files)
    typos = parse_typos(files.typos[1], files.typos[0]) if files.typos else Typos()
    # A line of typos.txt that is no fix is told with the notes' warnings.
    deck = replace(deck, warnings=(*deck.warnings, *typos.warnings))
    questions = cache.get(files, id_prefix) if cache is not None else None
    if questions is None:
        # (Imported here: a bank read from the cache needs none of the
        # generator, a few tenths of a second of imports at start-up.)
        from bot.quiz.bank import build_bank

        questions = build_bank(deck, glossary, known_wrong=parse_known_wrong(files.known_wrong),
                               typos=typos.fixes)
        if id_prefix:
            questions = tuple(replace(q, id=id_prefix + q.id) for q in questions)
        if cache is not None:
            cache.put(files, questions, id_prefix)
    return Built(
        deck=deck, glossary=glossary, questions=questions, lookup=LookupIndex.build(deck, glossary)
    )
