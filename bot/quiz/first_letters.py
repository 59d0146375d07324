"""Statement choices shown with one first-letter case.

Descriptions the notes write in lower case ('frequently accessed', 'archive
but milliseconds access') beside one written as a sentence ('Unknown or
unpredictable access') set that one apart by its look: a reader picks the odd
capital. The odd ones are written as the rest are, when the first word is a
plain word: one capital then small letters, followed by a small-letter word,
and written nowhere else in the question with its capital mid-text (there it
is a name: 'Lambda'). A name or an acronym ('S3', 'AZ', 'CloudFront', 'Amazon
S3') keeps its letters, and the question is not asked (see `even_cases`).
Only for statements (build asks it for the kinds whose choices are
descriptions): every choice of two words or more, opening on a Latin letter;
names are told apart by build._odd_form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLAIN_FIRST = re.compile(r"^([A-Z])([a-z]+)(?=\s+[a-z(])")
_LOWER_FIRST = re.compile(r"^[a-z]+\b")
_LATIN_OPENING = re.compile(r"^[A-Za-z]")
# A word with its capital after other words: a name, whatever its shape.
_MID_TEXT = r"(?<![.!?:\n]\s)(?<=\S\s){word}\b"
_MIN_WORDS = 2


def _statements(choices: Sequence[str]) -> bool:
    return all(len(c.split()) >= _MIN_WORDS and _LATIN_OPENING.match(c.strip())
               for c in choices)


def _named(word: str, texts: Sequence[str]) -> bool:
    pattern = re.compile(_MID_TEXT.format(word=re.escape(word)))
    return any(pattern.search(t) for t in texts)


def even_cases(choices: Sequence[str], around: str = "") -> list[str] | None:
    """The choices with the odd capitals written small, when all the others
    open in small letters; the same choices when their cases already agree or
    they are no statements; None when an odd capital opens a name or an
    acronym (the question then sets one choice apart by its form).
    `around`: the question's other text, where a capital mid-text marks a name."""
    stripped = [c.strip() for c in choices]
    if not _statements(stripped):
        return list(choices)
    upper = [i for i, c in enumerate(stripped) if c[0].isupper()]
    lower = [i for i, c in enumerate(stripped) if _LOWER_FIRST.match(c)]
    # (Only when most open in small letters: a lone small opening among
    # sentences is how the notes write a command or a name, 'kubectl …'.)
    if not upper or len(lower) <= len(upper):
        return list(choices)
    out = list(choices)
    for i in upper:
        m = _PLAIN_FIRST.match(stripped[i])
        word = m.group(0) if m else ""
        if not m or _named(word, [*stripped, around]):
            return None
        out[i] = m.group(1).lower() + stripped[i][1:]
    return out
