"""Two `term : definition` lines that are a pair: two of one kind set side by
side ('- 실드 스탠다드 : …' / '- 실드 어드밴스드 : …' under '실드 유형', 'Reader
endpoint: …' / 'Writer endpoint: …', '最终一致性读取：…' / '强一致性读取：…').

A list of three terms or more is matched term by term (matching.py); two
terms alone were never asked, though the notes teach each by its line. They
are a pair, so the one a line describes is asked between the two
(pair_matching.py), only when the notes make them two of one kind:

- their names are alike but for one word ('라이터 엔드포인트' / '리더
  엔드포인트', 'Client VPN' / 'Site-to-Site VPN'), wherever they stand; or
- the list holds these two lines and nothing else (the line above it, or the
  heading, says what kind both are: '후삼국의 성립' over '견훤' and '궁예'),
  and the two names are written alike: one script, figures in both or in
  neither, no quoted word, and of one length ('조세' beside '민정문서' is a
  tax beside a register).

Two term lines among other lines whose names share nothing ('데이터베이스 장애
조치 시간 감소 : …' and '보안 개선 : …' among a service's bullets) are two
merits of one thing, not two things: no pair. Nor a key written in another
list too ('Pro: …', 'Con: …' under each of two items): a slot of a record.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol, TypeVar

from bot.notes.labels import is_generic
from bot.quiz.field_labels import thing_key
from bot.quiz.text import compact, script_class, without_asides


class _Entry(Protocol):
    @property
    def term(self) -> str: ...

    @property
    def row(self) -> bool: ...


E = TypeVar("E", bound=_Entry)

_WORD_BREAK = re.compile(r"[\s_]+")


def two_of_a_kind(form: Sequence[E], lines_in_list: int) -> bool:
    """Whether the two term lines of one list (`form`) are a pair: the list
    (`lines_in_list` lines at their level) holds nothing else, or their names
    are one word apart. Never table rows (a table's two rows are read as a
    table, with its columns) nor generic keys ('Example', '장점')."""
    if len(form) != 2 or any(e.row for e in form):
        return False
    first, second = form
    if any(is_generic(e.term) for e in form) or thing_key(first.term) == thing_key(second.term):
        return False
    if one_word_apart(first.term, second.term):
        return True
    # (Alone in their list, names that share no word must still be written
    # alike, and of one length: '조세' beside '민정문서' is a tax beside a
    # register.)
    short, long = sorted(len(compact(e.term)) for e in form)
    return lines_in_list == 2 and one_form(first.term, second.term) \
        and long <= MAX_LENGTH_RATIO * short


# Two names alone in a list, of lengths further apart than this, name things
# of two kinds ('조세' / '민정문서').
MAX_LENGTH_RATIO = 1.5
_DIGIT = re.compile(r"\d")
_QUOTE = re.compile(r"['\"‘’“”「」『』]")


def one_form(a: str, b: str) -> bool:
    """Two names written alike: one script, both with figures or neither, no
    quoted word ('건국 시기' beside "기원전 4세기경 '왕'" is an aspect beside a
    line's opening, no two things)."""
    return script_class(a) == script_class(b) \
        and bool(_DIGIT.search(a)) == bool(_DIGIT.search(b)) \
        and not _QUOTE.search(a) and not _QUOTE.search(b)


def one_word_apart(a: str, b: str) -> bool:
    """Names of two words or more, alike but for one word ('라이터 엔드포인트' /
    '리더 엔드포인트'; asides left out: 'Site-to-Site VPN (AWS Managed VPN)')."""
    wa = [compact(w) for w in _WORD_BREAK.split(without_asides(a).strip()) if w]
    wb = [compact(w) for w in _WORD_BREAK.split(without_asides(b).strip()) if w]
    return len(wa) == len(wb) >= 2 and sum(x != y for x, y in zip(wa, wb, strict=True)) == 1


P = TypeVar("P", bound=_Entry)


def without_record_keys(pairs: Sequence[tuple[P, P]],
                        groups: Sequence[Sequence[_Entry]]) -> list[tuple[P, P]]:
    """The pairs whose keys are written in no other list: a key that two lists
    fill in ('Pro' and 'Con' under each of two RAID levels) is a slot of a
    record, never a thing of its own."""
    lists = Counter(key for pair in pairs for key in {thing_key(e.term) for e in pair})
    lists.update(key for group in groups for key in {thing_key(e.term) for e in group})
    return [p for p in pairs if all(lists[thing_key(e.term)] == 1 for e in p)]
