"""A name spelled by the words of a line, read the same way by every kind.

A reader tells an acronym or a short name from the words that open with its
letters: 'socket statistics' names 'ss', '호스팅 영역의 이름 서버' names NS.
Two readings make it so: an acronym of capitals by what the notes or the
term lists expand it to (gloss.spells_out_term), and a name of two to six
letters in any case by side-by-side words opening with its letters
(short_name_initials). A matching list's question read both, a pair's only
the first: each kind now asks the one reading here, and the last gate
(build.rejection) asks it of every question that offers names or describes
a quoted one.

It points at one choice only when a wrong choice is not spelled so too:
when every wrong one is, the initials tell nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.quiz.gloss import expansion_word_alone, spells_out_term
from bot.quiz.short_name_initials import initials_spell_name


def spells_name(name: str, text: str) -> bool:
    """Whether `text` spells out `name`: an acronym by its expansion or its
    letters, or a short name of any case by its initials."""
    return spells_out_term(name, text) or initials_spell_name(name, text)


def spelled_answer(answer: str, clue: str, others: Sequence[str]) -> bool:
    """The clue spells the answer's name and not every other choice's:
    'socket statistics' over *ss* beside *ip*."""
    return spells_name(answer, clue) and not all(spells_name(o, clue) for o in others)


def statement_spells(asked: str, right: str, wrong: Sequence[str]) -> bool:
    """The right line about `asked` spells its name, and not every wrong line
    does ('ss' asked, 'socket statistics …' answering); or says a word of its
    acronym's expansion that no wrong line says (see gloss.expansion_word_alone)."""
    return (spells_name(asked, right) and not all(spells_name(asked, w) for w in wrong)) \
        or expansion_word_alone(asked, right, wrong)
