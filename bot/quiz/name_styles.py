"""Names offered together, written in one style.

Notes write one kind of name in more than one style: an isolation level as a
constant ('READ_COMMITTED', 'REPEATABLE_READ') under one heading and as a word
('Serializable') under the next, or 'READ COMMITTED' in a table beside
'REPEATABLE_READ' in a heading. Offered together as written, the one in its
own style is picked, or left out, by its look.

A style is told by two marks: words in capitals ('READ COMMITTED',
'SERIALIZABLE') or with small letters ('Serializable', 'Dirty Read'); words
joined by '_' ('READ_COMMITTED', 'max_connections') or by spaces. An acronym
('WAF', 'SJF': one short word in capitals) and a word with no joiner go with
either, as does a choice that is no name of Latin words (the script and kind
checks read those).

When the choices mix styles, each is shown as the notes write it in one style
somewhere ('SERIALIZABLE' in the notes' table), the style that asks the fewest
choices to change; when the notes write some choice in no such style, the
question is not asked. The notes' texts are the deck's, set for the length of
one bank build (`reading_spellings`); outside a build a mix is not asked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from bot.quiz.text import norm

_NOTES: ContextVar[str | None] = ContextVar("name_styles_notes", default=None)

# A name of Latin words only ('REPEATABLE_READ', 'Phantom Data Read'), four
# words at most: a longer run is a statement, whose words keep their case.
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[ _][A-Za-z0-9]+){0,3}")
# One word in capitals this long is a word written in capitals
# ('SERIALIZABLE'), not an acronym ('FIFO', 'DNSSEC').
_CAPITAL_WORD = 7
# Words in capitals joined by spaces are a name written in capitals when one
# is a word ('DIRTY READ'), not acronyms side by side ('EC2 AMI', 'HTTP GET').
_SPACED_WORD = 5


@dataclass(frozen=True)
class _Style:
    capitals: bool | None  # None: goes with either (an acronym)
    joiner: str | None  # '_' or ' '; None: one word


_ANY = _Style(None, None)


def _style(choice: str) -> _Style:
    text = choice.strip()
    if not _NAME.fullmatch(text):
        return _ANY
    words = re.split(r"[ _]", text)
    joiner = "_" if "_" in text else " " if len(words) > 1 else None
    letters = "".join(ch for ch in text if ch.isalpha())
    if not letters.isupper():
        return _Style(False, joiner)
    longest = max(len(w) for w in words)
    if joiner == "_" or (joiner == " " and longest >= _SPACED_WORD) \
            or (joiner is None and longest >= _CAPITAL_WORD):
        return _Style(True, joiner)
    return _Style(None, joiner)


def _fits(style: _Style, target: _Style) -> bool:
    return (style.capitals is None or style.capitals == target.capitals) \
        and (style.joiner is None or style.joiner == target.joiner)


def mixed(choices: Sequence[str]) -> bool:
    """Whether the choices are names of Latin words written in two styles (see
    module doc)."""
    styles = [_style(c) for c in choices]
    capitals = {s.capitals for s in styles if s.capitals is not None}
    joiners = {s.joiner for s in styles if s.joiner is not None}
    return len(capitals) > 1 or len(joiners) > 1


@contextmanager
def reading_spellings(texts: Sequence[str]) -> Iterator[None]:
    """Within the block, a mix of styles is evened by how `texts` (the notes)
    write each name."""
    token = _NOTES.set("\n".join(texts))
    try:
        yield
    finally:
        _NOTES.reset(token)


def _spellings(choice: str, notes: str) -> Counter[str]:
    """How the notes write the choice's words, joined by '_' or spaces, in
    any case."""
    words = re.split(r"[ _]", choice.strip())
    pattern = r"(?<![A-Za-z0-9_])" + r"[ _]".join(map(re.escape, words)) + r"(?![A-Za-z0-9_])"
    return Counter(m.group(0) for m in re.finditer(pattern, notes, re.IGNORECASE))


def _in_style(choice: str, target: _Style, notes: str) -> str | None:
    """The choice as the notes write it most often in `target`'s style."""
    if _fits(_style(choice), target):
        return choice
    found = [(n, s) for s, n in _spellings(choice, notes).items()
             if _fits(_style(s), target) and _style(s).capitals is not None]
    if not found:
        return None
    return max(found, key=lambda pair: pair[0])[1]


_TARGETS = tuple(_Style(capitals, joiner) for capitals in (True, False) for joiner in ("_", " "))


def one_style(right: str, wrong: Sequence[str]) -> tuple[str, list[str]] | None:
    """The choices in one style, each as the notes write it (see module doc);
    as they are when they agree already; None when the notes write some choice
    in none of the styles the others could be shown in."""
    choices = [right, *wrong]
    if not mixed(choices):
        return right, list(wrong)
    notes = _NOTES.get()
    if notes is None:
        return None
    best: list[str] | None = None
    for target in _TARGETS:
        shown = [_in_style(c, target, notes) for c in choices]
        if any(s is None for s in shown):
            continue
        written = [s for s in shown if s is not None]
        if mixed(written) or len({norm(s) for s in written}) != len(written):
            continue
        if best is None or _changes(written, choices) < _changes(best, choices):
            best = written
    return None if best is None else (best[0], best[1:])


def _changes(shown: Sequence[str], choices: Sequence[str]) -> int:
    return sum(s != c for s, c in zip(shown, choices, strict=True))
