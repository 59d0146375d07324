"""Plain lines that title the lines after them, under a heading of their own.

Notes often set a bold line on its own in place of a sub-heading ('**솔트**'
over the paragraph defining a salt, '__The overlooked purposes of
navigation__' over its bullets), several in a row under one heading. The
parser reads such a line as a paragraph line, so the lines after it would be
read as lines about the heading above: the definitions of 솔트 and 세션
하이재킹 as a 'description' of '기능에 대한 보안 항목식별', a book's section
titles as a 'description' of its chapter. They describe the thing each plain
title names, not the heading: asking which heading they stand under asks
where the author filed them.

A plain title is a paragraph line that reads as no sentence (no closing stop,
colon or predicate) and names something: either a name over a paragraph, or
a short phrase over a list. Two or more in one run of lines make them titles;
one line alone over a list may be a lead-in to it and stays a line. A title
naming the heading's own subject ('**페이징(Paging)**' under '페이징 기법')
leaves its lines the heading's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.notes.model import Fact
from bot.quiz.text import compact, without_asides

# A line closed as a sentence, a lead-in or a list ('… 같다.', 'Reasons:',
# 'A, B,'), or by a Korean predicate ('…이다', '…있음', '…가능').
_CLOSED = re.compile(r"[.!?;:,。！？；：、，]\s*$|(?:다|요|음|함|됨|임|있음|없음|가능|필요)$")
_MAX_WORDS = 10
_MAX_CHARS = 60
_LIST_KINDS = frozenset({"bullet", "step", "row"})
# Plain titles in one run of lines before they are read as titles.
_FEWEST = 2


def _title_shaped(fact: Fact) -> bool:
    text = fact.text.strip()
    return fact.term is None and bool(text) and len(text) <= _MAX_CHARS \
        and len(text.split()) <= _MAX_WORDS and not _CLOSED.search(text)


# A word closed by a Korean particle ('데이터베이스의 ', '균형을 '): a phrase
# describing something, no bare name to title a paragraph.
_MARKED_WORD = re.compile(r"[\uac00-\ud7a3](?:의|을|를|에서|으로)\s")
_NAME_WORDS = 4


def _bare_name(text: str, names_a_thing: Callable[[str], bool]) -> bool:
    """A short name alone ('솔트', '세션 하이재킹', 'Key stretching'), as a title
    over a paragraph is: not a phrase that describes ('많은 데이터베이스의
    default 값' over '성능과 … 균형을 이룸' is two lines of one paragraph)."""
    return len(text.split()) <= _NAME_WORDS and not _MARKED_WORD.search(text + " ") \
        and names_a_thing(text)


def _own_subject(title: str, about: Sequence[str]) -> bool:
    said = compact(without_asides(title) or title)
    return bool(said) and any(
        (name := compact(without_asides(n) or n)) and (said in name or name in said)
        for n in about)


def under_titles(facts: Sequence[Fact], about: Sequence[str],
                 names_a_thing: Callable[[str], bool],
                 labels: Callable[[str], bool]) -> set[int]:
    """ids of the lines that stand under a plain title naming something other
    than the heading's subject (`about`), the titles included: from each such
    title to the next. `names_a_thing`: a name over a paragraph ('솔트');
    `labels`: a label or an aspect ('주요 특징', 'TCP 특징'), whose lines stay the
    heading's."""
    titles: list[int] = []
    # (A title over a list read already as the list's holder, reshape's
    # 'VPCs' over '- logical data center …': its lines are nested under it.)
    holders: set[int] = set()
    # (Whether a line is a label is read last, on the few lines placed as
    # titles: it is the costly reading, and most lines are placed as none.)
    for at, fact in enumerate(facts):
        text = fact.text.strip()
        if not _title_shaped(fact):
            continue
        if fact.kind == "bullet" and fact.children:
            if names_a_thing(text) and not labels(text):
                titles.append(at)
                holders.add(at)
            continue
        if fact.kind != "text" or fact.children or at + 1 >= len(facts):
            continue
        after = facts[at + 1]
        if (after.kind in _LIST_KINDS
                or (after.kind == "text" and _bare_name(text, names_a_thing))) \
                and not labels(text):
            titles.append(at)
    if len(titles) < _FEWEST:
        return set()
    out: set[int] = set()
    for n, at in enumerate(titles):
        end = at + 1 if at in holders else \
            titles[n + 1] if n + 1 < len(titles) else len(facts)
        if _own_subject(facts[at].text, about):
            continue
        out.update(id(f) for f in facts[at:end])
    return out
