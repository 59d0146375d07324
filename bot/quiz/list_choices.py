"""Choices of two forms: a list of kinds among statements.

'캡슐화, 상속, 다형성' beside '데이터를 외부로부터 숨긴다' and '부모의 기능을
물려받는다'; 'Hot, Warm, Cold' beside 'moves data to cheaper storage after
30 days': one choice names several things, the others each say something.
The list stands out by its form, whether it is the key (picked by its look) or
a wrong choice (ruled out by it): choices are of one form or the question is
not asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.material import judgeable
from bot.quiz.text import list_parts

# An item of a list of kinds: a name of a few words.
_ITEM_WORDS = 3
_ITEM_CHARS = 30
# Three items at least: two ('빠름, 저렴') are as often a pair of traits.
_FEWEST_ITEMS = 3
_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")
# The last item joined by a word ('A, B 및 C', 'A, B and C', 'A, B, C 등').
_LAST_JOIN = re.compile(r"\s+(?:and|or|및|또는)\s+|\s*등$", re.IGNORECASE)


def _items(choice: str) -> list[str]:
    parts = list_parts(_ASIDE.sub(" ", choice))
    if parts:
        parts[-1:] = [p for p in _LAST_JOIN.split(parts[-1]) if p.strip()]
    return [p.strip() for p in parts if p.strip()]


def names_kinds(choice: str) -> bool:
    """A choice that lists three names or more and says nothing of them."""
    items = _items(choice)
    # (Each item read as a clause, not the whole: 'Hot, Warm, Cold and Frozen'
    # is five English words and no sentence.)
    return len(items) >= _FEWEST_ITEMS and all(
        len(i.split()) <= _ITEM_WORDS and len(i) <= _ITEM_CHARS and not judgeable(i)
        for i in items)


def one_list_among_statements(choices: Sequence[str]) -> bool:
    """One choice lists kinds and every other is a statement, or one is a
    statement and every other lists kinds."""
    if len(choices) < 3:
        return False
    lists = [names_kinds(c) for c in choices]
    statements = [not listed and judgeable(c) for c, listed in zip(choices, lists, strict=True)]
    return (sum(lists) == 1 and sum(statements) == len(choices) - 1) or \
        (sum(statements) == 1 and sum(lists) == len(choices) - 1)
