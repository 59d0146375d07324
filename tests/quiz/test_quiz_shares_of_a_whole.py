"""Percentages that split a whole between its parts ('도메인 1 … (35%)' …
'도메인 3 … (25%)', 'A 50%, B 30%, C 20%') are an allocation of one time, not
a property of a part: never blanked. A percentage that is a property stays a
blank. Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.shares import split_a_whole

SPLIT_LINES = """# 자격 시험

## 출제 범위
도메인 1. 네트워크 설계와 구현 (35%)

- 서브넷을 나누고 라우팅을 설계한다

도메인 2. 보안 통제의 적용 (40%)

- 방화벽 규칙과 접근 목록을 적용한다

도메인 3. 운영과 장애 대응 (25%)

- 장애가 나면 로그로 원인을 찾는다

## 합격 기준
- 합격하려면 전체 문항의 70% 이상을 맞혀야 한다
"""

SPLIT_ONE_LINE = """# 예산

## 올해 예산 배분
- 인건비 55%, 장비 구입 30%, 교육 15%로 나누어 쓴다
- 장비는 도입 후 5년 동안 감가상각한다
"""


@pytest.mark.parametrize(("percents", "split"), [
    ([35, 40, 25], True),
    ([33, 33, 33], True),
    ([30, 28, 24, 18], True),
    ([50, 50], False),  # two figures: a half and a half, or a range
    ([70, 20, 5], False),
    ([99.9, 0.1, 0.5], True),
    ([120, -10, -10], False),
])
def test_split_a_whole(percents: list[float], split: bool) -> None:
    assert split_a_whole(percents) is split


def _blanked(notes: str) -> set[str]:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    return {q.choices[q.answer] for q in bank if q.kind == "cloze"}


def test_shares_of_a_whole_are_never_blanked() -> None:
    blanked = _blanked(SPLIT_LINES)
    assert not blanked & {"35%", "40%", "25%"}
    assert "70%" in blanked


def test_shares_in_one_line_are_never_blanked() -> None:
    blanked = _blanked(SPLIT_ONE_LINE)
    assert not blanked & {"55%", "30%", "15%"}
