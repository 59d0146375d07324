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


# Names joined by a middle dot or an ideographic comma ('탐라총관부·동녕부·쌍성총관부',
# '東京、大阪、名古屋'): a list as much as one joined by commas. Each name short,
# a Chinese or Japanese one as short as a name is ('进程已获得的资源' is a clause).
_JOINED = re.compile(r"\s*[·・、,，]\s*")
_COMMA = re.compile(r"[、,，]")
_JOINED_WORDS = 2
_JOINED_CHARS = 12
_UNSPACED_CHARS = 6
_NO_NAME = re.compile(r"[:：→>=。]|->|\.$")


def _joined_names(choice: str) -> bool:
    core = _ASIDE.sub("", choice).strip()
    items = [i for i in _JOINED.split(core) if i]
    return len(items) >= _FEWEST_ITEMS and not _NO_NAME.search(core) and all(
        len(i.split()) <= _JOINED_WORDS and len(i) <= _JOINED_CHARS
        and (" " in i or i.isascii() or len(i) <= _UNSPACED_CHARS) for i in items)


# Names sorted under labels ('입자: 쿼크 · 전자, 반입자: 반쿼크 · 양전자, 광자',
# 'Input: keyboard / mouse, Output: monitor'): groups joined by commas, each a
# label and a colon before names joined by middle dots or slashes. A list as
# much as one without labels, and a statement says something after its colon.
_GROUP = re.compile(r"\s*[,，、;；]\s*")
_LABEL = re.compile(r"\s*[:：]\s*")
_IN_GROUP = re.compile(r"\s*[·・/]\s*")
_FEWEST_GROUPED = 4


def _grouped_names(choice: str) -> bool:
    core = _ASIDE.sub("", choice).strip()
    groups = [g for g in _GROUP.split(core) if g]
    if len(groups) < 2 or not any(_LABEL.search(g) for g in groups):
        return False
    names: list[str] = []
    listed = False
    for group in groups:
        pieces = _LABEL.split(group)
        if len(pieces) > 2 or not all(pieces):
            return False  # ('a: b: c', or a colon with nothing on a side)
        items = _IN_GROUP.split(pieces[-1])
        # (A label over several names: 'TCP: 연결형, UDP: 비연결형' pairs a
        # label with its value, a comparison written short.)
        listed = listed or (len(pieces) == 2 and len(items) >= 2)
        names.extend([*pieces[:-1], *items])
    return listed and len(names) >= _FEWEST_GROUPED and all(
        n and len(n.split()) <= _JOINED_WORDS and len(n) <= _JOINED_CHARS
        and (" " in n or n.isascii() or len(n) <= _UNSPACED_CHARS)
        and not _NO_NAME.search(n) and not judgeable(n) for n in names)


def one_list_among_statements(choices: Sequence[str]) -> bool:
    """One choice lists kinds and every other is a statement, or one is a
    statement and every other lists kinds; or, among descriptions written as
    phrases ('군대·물자 제공에 동원', '아랍·이슬람 상인 무역'), a bare list of
    names ('탐라총관부·동녕부·쌍성총관부', '사치품, 숯 사용, 금입택'). (Choices
    that all list keywords, 'TCP, UDP, TLS, 고성능' beside '보안, 침입탐지, 방화벽
    특화', are one form.)"""
    if len(choices) < 3:
        return False
    # (Names under labels count only among statements: beside 'A: x, B: y'
    # lines of a phrase each, they are one form.)
    lists = [names_kinds(c) or _joined_names(c) or _grouped_names(c) for c in choices]
    statements = [not listed and judgeable(c) for c, listed in zip(choices, lists, strict=True)]
    if (sum(lists) == 1 and sum(statements) == len(choices) - 1) or \
            (sum(statements) == 1 and sum(lists) == len(choices) - 1):
        return True
    return any(_joined_names(c) for c in choices) and any(
        not listed and not _COMMA.search(c) for c, listed in zip(choices, lists, strict=True))
