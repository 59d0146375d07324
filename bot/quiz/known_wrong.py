"""Lines of the notes known to be wrong (a reader checked them against the real
service), so they never become an answer, a clue or a "true" option.

The deck's maintainer lists them in `known-wrong.txt` beside the notes, one line
as written in the notes per line (a leading "- " or "* " is optional; blank lines
and lines starting with '#' are ignored). Matching ignores case, spacing and
surrounding punctuation; the notes themselves stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from bot.notes.model import Deck, Fact

KNOWN_WRONG_NAME = "known-wrong.txt"


def line_key(text: str) -> str:
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;-").casefold()


def load_known_wrong(folder: Path) -> frozenset[str]:
    """The listed lines (as keys); a missing file lists none."""
    path = folder / KNOWN_WRONG_NAME
    if not path.is_file():
        return frozenset()
    return parse_known_wrong(path.read_text(encoding="utf-8", errors="replace"))


def parse_known_wrong(text: str) -> frozenset[str]:
    lines = text.splitlines()
    return frozenset(line_key(s) for s in lines if s.strip() and not s.lstrip().startswith("#"))


def without_known_wrong(deck: Deck, known: Collection[str]) -> Deck:
    """The deck without the listed lines (and what hangs under them)."""
    if not known:
        return deck

    def keep(facts: Sequence[Fact]) -> tuple[Fact, ...]:
        return tuple(replace(f, children=keep(f.children)) for f in facts
                     if line_key(f.text) not in known)

    sections = tuple(
        replace(s, topics=tuple(replace(t, facts=keep(t.facts)) for t in s.topics))
        for s in deck.sections)
    return replace(deck, sections=sections)
