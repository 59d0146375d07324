"""A glossary row of three cells: a short form, the name it stands for, and what
that thing is ('| DLQ | Dead Letter Queue | Holds messages no consumer could
take |', or the long name first).

Such a row is a term and its definition, as a two-column row is, with one
more cell: the spelled-out name. That name is the short form's other
spelling, not a fact about it: asked as a description it gives its letters
away, so the row is read as (short form, description), and the long name
becomes an alias of the short form, which the giveaway checks read (a
description saying 'dead letter' then points at DLQ).

Only a row whose long name's initials are the short form's letters is read
so ('| AV | Antivirus | … |' is not: one word, nothing to check the letters
against). A row of any other shape stays a wide row, a comparison.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.notes.initials import SMALL_WORDS, abbreviates
from bot.notes.model import Deck, Table

# A short form: letters and digits with at most a joining mark ('AES-256',
# 'S/MIME', '802.1X'), two capitals at least.
_SHORT = re.compile(r"[A-Za-z0-9][A-Za-z0-9&/.+-]{1,11}")
_CAPITALS = re.compile(r"[A-Z]")
_MIN_ROWS = 3
# A long name: two words or more.
_WORDS = re.compile(r"\S[\s-]+\S")


@dataclass(frozen=True, kw_only=True, slots=True)
class SpelledRow:
    short: str
    long: str
    description: str
    # The description cell's column header ('Definition', '설명').
    column: str


def spelled_row(cells: Sequence[tuple[str, str]]) -> SpelledRow | None:
    """The row read as short form, long name and description, or None. The
    two names stand in the first two cells (either first), the description in
    the third."""
    if len(cells) != 3:
        return None
    (_, first), (_, second), (column, description) = (
        (h.strip(), v.strip()) for h, v in cells)
    for short, long in ((first, second), (second, first)):
        if _is_short(short) and _WORDS.search(long) and abbreviates(_letters(short), long) \
                and len(description) > len(long):
            return SpelledRow(short=short, long=long, description=description, column=column)
    return None


def spelled_table(table: Table) -> bool:
    """Whether the table is a glossary of spelled rows: two rows in three at
    least (a short form whose letters its long name does not give word by word,
    'TTL' of 'Time To Live', is a row of the same glossary)."""
    spelled = sum(spelled_row(tuple(zip(table.header, row, strict=False))) is not None
                  for row in table.rows)
    return spelled >= _MIN_ROWS and 3 * spelled >= 2 * len(table.rows)


def short_forms_of_several(deck: Deck) -> frozenset[str]:
    """Short forms that glossary rows of the notes spell out as two names or
    more ('| MAC | Media Access Control |', '| MAC | Message Authentication
    Code |'): each names several things, so a description of any of them is
    true of the short form, and it is neither asked nor a choice."""
    names: dict[str, set[str]] = {}
    for topic in deck.topics():
        for fact in topic.all_facts():
            spelled = spelled_row(fact.cells) if fact.kind == "row" else None
            if spelled is not None:
                names.setdefault(spelled.short, set()).add(" ".join(spelled.long.lower().split()))
    return frozenset(short for short, longs in names.items() if len(longs) > 1)


def _is_short(text: str) -> bool:
    return bool(_SHORT.fullmatch(text)) and len(_CAPITALS.findall(text)) >= 2


def _letters(short: str) -> str:
    """The short form as its letters spell it: 'AES-256' -> 'AES' (the key
    size is no initial), 'S/MIME' -> 'SMIME'."""
    head = re.split(r"[-\s](?=\d)", short)[0]
    return head.replace("/", "").replace("&", "").replace(".", "")


_WORD = re.compile(r"[A-Za-z]{3,}")
# Letters two forms of one word share at the start ('transmitted', 'transmission').
_ROOT = 5


def restates(long: str, description: str) -> bool:
    """Whether the description says a word of the long name, in any form of it
    ('Maximum Transmission Unit' and '… can be transmitted', 'Software
    Development Kit' and '… to develop an application', 'Plain Old Telephone
    Service' and '… phone system'): a reader who learnt the short form's
    letters finds it by that word, so the row asks nothing. (A word of the
    long name and one of the description, one the start of the other ('Use'
    and 'users'), one inside the other, or sharing their first five letters.)"""
    named = {w.lower() for w in _WORD.findall(long)} - SMALL_WORDS
    said = {w.lower() for w in _WORD.findall(description)} - SMALL_WORDS
    return any(_one_word(a, b) for a in named for b in said)


def _one_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) or (len(short) >= 4 and short in long) \
        or (len(short) >= _ROOT and short[:_ROOT] == long[:_ROOT])
