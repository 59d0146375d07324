"""A blank whose figure the same line spells out in words is read off the
line, not known: 'scans input in linear time (O(___))' is O(n), '선형 시간'
and '線形時間' too; '두 배로 늘린다 … ___씩' is 2배, 'halves … ___' 50%, and
'___나 여러 개' one. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.complexity import names_its_class
from bot.quiz.restated import says_the_figure_again

EN_NOTES = """# Searching

## Lookup

- A hash table finds a key in O(1) on average, whatever the table size.
- Scanning an unsorted list checks every item, in linear time (O(n)), before it gives up.
- Binary search halves the range each step and takes O(log n) on a sorted array.
"""

KO_NOTES = """# 탐색

## 조회

- 해시 테이블은 평균 O(1)에 키를 찾는다, 테이블 크기와 무관하게.
- 정렬되지 않은 목록을 훑는 탐색은 모든 항목을 보므로 선형 시간 O(n)이 걸린다.
- 이진 탐색은 정렬된 배열에서 매 단계 범위를 반으로 줄여 O(log n)이 걸린다.
"""


@pytest.mark.parametrize("notes, named", [(EN_NOTES, "linear time"), (KO_NOTES, "선형 시간")])
def test_a_bound_named_in_words_is_not_blanked(notes: str, named: str) -> None:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    blanks = [q for q in bank if q.kind == "cloze" and "O(___)" in q.prompt]
    assert blanks, "the other bounds are still asked"
    assert not [q for q in blanks if named in q.prompt]


def test_class_names_in_four_languages() -> None:
    assert names_its_class("lin", "DFA scans input in linear time (")
    assert names_its_class("lin", "ハッシュ探索は線形時間 ")
    assert names_its_class("1", "哈希表查找是常数时间 ")
    assert names_its_class("sq", "Bubble sort is quadratic: ")
    # Another class named is no giveaway of this one.
    assert not names_its_class("log", "unlike a linear scan, binary search runs in ")


def _again(text: str, figure: str, value: float, ladder: str = "count") -> bool:
    at = text.index(figure)
    return says_the_figure_again(text, at, at + len(figure), value, ladder)


def test_a_multiple_said_in_words() -> None:
    assert _again("혼잡이 없으면 윈도우를 두 배로 늘린다: 매 왕복마다 2배씩", "2배", 2.0)
    assert _again("The window doubles every round trip (2 times the last)", "2 times", 2.0)
    assert _again("Raft는 노드의 절반, 즉 50%를 넘는 표를 받아야 한다", "50%", 50.0, "%")
    assert _again("1개나 여러 개의 뷰를 한 번에 삭제할 수 있음", "1개", 1.0)
    # Stated once, the figure is asked.
    assert not _again("Slow Start는 성공할 때마다 윈도우 크기를 2배씩 늘린다", "2배", 2.0)
    assert not _again("Scale out at 50% average CPU utilization", "50%", 50.0, "%")
    assert not _again("1개 이상의 서브넷이 필요하다", "1개", 1.0)
