"""A short lower-case name spelled by the initials of its description.

Commands and tools are named by the initials of what they do: 'ss' is
socket statistics, 'toe' the table of terminfo entries, 'df' disk free. Asked
which line describes 'ss', a reader needs only read the initials of the
choices; asked which name 'table of terminfo entries' describes, the same.
The acronym gate (gloss.spells_out_term) reads names of capitals only; this
one reads a name of two to six letters in any case ('ss', 'toe', 'Nl').

The description spells the name when consecutive words of it start with the
name's letters (gloss.spells_acronym: Korean and Japanese words by the
English words they translate or write; for three letters or more one word
between may be skipped), read as written or without its English function
words ('number of lines' spells 'nl'). Callers ask it only when no wrong
choice is spelled so too: then the initials point at one choice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.quiz.gloss import spells_acronym
from bot.quiz.text import FUNCTION_WORDS

# A name of letters alone, two to six: longer ones are words, not initials.
_SHORT_NAME = re.compile(r"[A-Za-z]{2,6}")
_WORD = re.compile(r"[A-Za-z]+")


def _without_function_words(text: str) -> str:
    return _WORD.sub(lambda m: "" if m.group(0).lower() in FUNCTION_WORDS else m.group(0), text)


@lru_cache(maxsize=1 << 14)
def initials_spell_name(name: str, description: str) -> bool:
    """Whether words of the description, side by side, start with the letters
    of the short name (see module doc)."""
    short = name.strip().strip("`*")
    if not _SHORT_NAME.fullmatch(short):
        return False
    return spells_acronym(short, description) or spells_acronym(
        short, _without_function_words(description))
