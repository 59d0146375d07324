"""Clue lines whose leads spell the answer's letters.

A mnemonic is written as a list of its letters' words: under 'ARIO', the lines
'Atom: …', 'Resonance: …', 'Induction: …', 'Orbital: …'. Asked which name such
lines describe, a reader needs no chemistry: the labels' initials R, I, O are
letters of *ARIO* and of no other choice. So with 'Atomicity: …',
'Consistency: …' over *ACID*, or '단일 책임: …' (single) over *SOLID*.

A line's lead is its label, the words before a colon or a dash ('Resonance:',
'Single Responsibility -'); its letter is the one its first word opens on, in
English, or the English words a Korean word translates or writes (gloss's
initials). The lines give the answer away when two or more of them have a
lead, every lead's letter is a letter of its own of one capital word of the
answer (in the word's order or not: the generator may show the lines in
another order), the leads cover half the word's letters or more, and no
other choice has a capital word they spell so. A generic label ('Pros:',
'장점:', 'Example:') is no word of a mnemonic, and a line without a lead
tells nothing either way: the letters are read only when every line has one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.labels import is_generic
from bot.quiz.gloss import word_initials
from bot.quiz.text import without_vendor

# A line's label: one to three words before ':' or a spaced dash.
_LEAD = re.compile(r"^\s*(?P<lead>[^\s:：()\[\]][^:：()\[\]]{0,29}?)\s*(?:[:：]|\s[-–—]\s)")
# A capital word of the answer, three letters or more: a mnemonic's letters.
_CAPITALS = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}(?![A-Za-z0-9])")
_MAX_LEAD_WORDS = 3
_MIN_LEADS = 2


def leads(clues: Sequence[str]) -> list[str] | None:
    """The label each clue line opens on, or None when a line has none (or a
    generic one)."""
    out = []
    for clue in clues:
        match = _LEAD.match(clue)
        if not match:
            return None
        lead = match.group("lead").strip()
        if len(lead.split()) > _MAX_LEAD_WORDS or is_generic(lead) or lead[0].isdigit():
            return None
        out.append(lead)
    return out


def _letters(lead: str) -> frozenset[str]:
    """The letters the lead's first word may stand for."""
    words = word_initials(lead)
    return words[0] if words else frozenset()


def _spelled(word: str, letters: Sequence[frozenset[str]]) -> bool:
    """Each lead's letter a letter of the word's own (one position per lead),
    and half the word's letters or more so covered."""
    if 2 * len(letters) < len(word) or len(letters) > len(word):
        return False
    chars = word.lower()

    def place(i: int, used: frozenset[int]) -> bool:
        if i == len(letters):
            return True
        return any(j not in used and c in letters[i] and place(i + 1, used | {j})
                   for j, c in enumerate(chars))
    return place(0, frozenset())


def _capital_words(name: str) -> list[str]:
    return _CAPITALS.findall(without_vendor(name))


def leads_spell_answer(clues: Sequence[str], right: str, wrong: Sequence[str]) -> bool:
    """Whether the clue lines' leads spell letters of a capital word of the
    answer and of no other choice's (see module doc)."""
    words = _capital_words(right)
    if not words or len(clues) < _MIN_LEADS:
        return False
    found = leads(clues)
    if found is None:
        return False
    letters = [_letters(lead) for lead in found]
    if not all(letters):
        return False
    if not any(_spelled(word, letters) for word in words):
        return False
    return not any(_spelled(word, letters) for other in wrong for word in _capital_words(other))
