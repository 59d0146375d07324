"""A heading numbered in the author's outline ('### 4.1. Paging', '### 4.3.Segmentation')
names the thing after the number: its siblings are the notes' own rivals, as
under '1. Paging'. A figure that opens a name ('2.4 GHz band') stays: a
number of two levels or more is an outline number when it ends on its dot, or
stands before a word that is no unit (test_quiz_spaced_outline_numbers.py).
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import clean_name

OUTLINE = """\
# 메모리 관리

## 4. 메모리 할당 기법

### 4.1. Paging

- 프로세스의 주소 공간을 같은 크기의 조각으로 나누어 물리 메모리의 빈 프레임에 흩어 싣는다.
- 외부 단편화가 생기지 않지만 마지막 조각에 내부 단편화가 남을 수 있다.

### 4.2. Segmentation

- 프로그램을 코드, 데이터, 스택처럼 의미 있는 단위로 서로 다른 크기로 나누어 싣는다.
- 크기가 제각각이라 빈 공간 사이에 외부 단편화가 생긴다.

### 4.3.Swapping

- 당장 실행하지 않는 프로세스를 통째로 디스크에 내렸다가 다시 올린다.
- 디스크와 오가는 시간이 길어 문맥 전환 비용이 커진다.

### 4.4. Overlay

- 한 프로그램을 메모리보다 크게 짤 때 필요한 부분만 번갈아 같은 자리에 올린다.
- 어느 부분을 언제 올릴지 프로그래머가 직접 정한다.
"""


@pytest.mark.parametrize(("heading", "name"), [
    ("4.1. Paging", "Paging"),
    ("4.3.Swapping", "Swapping"),
    ("1.2.3. 가상 메모리", "가상 메모리"),
    ("2.4 GHz band", "2.4 GHz band"),
    ("3.5 inch drive", "3.5 inch drive"),
])
def test_an_outline_number_is_no_part_of_the_name(heading: str, name: str) -> None:
    assert clean_name(heading) == name


def test_outline_numbered_headings_are_rivals() -> None:
    bank = build_bank(parse_markdown(OUTLINE, "memory.md"))
    names = [q for q in bank if q.kind == "name"]
    assert names, [q.prompt for q in bank]
    for q in names:
        assert set(q.choices) <= {"Paging", "Segmentation", "Swapping", "Overlay"}, q.choices
