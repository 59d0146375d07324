"""A blank the question works out: the quotient, difference, sum or product of
a heading's 'a OP b' ('페이지 128KB / 8' over '한 조각은 ___'), or of a count or a
half the line says in words and a number it writes ('네 개의 샤드에 … 각 샤드에
___씩 … 전체 80GB', 'split into five parts … ___ each', 'half of the 32 GB').
Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.figure_rules import shows_arithmetic
from bot.quiz.stem_arithmetic import worked_from_shown


def _stems(notes: str) -> str:
    return "\n".join(q.prompt for q in build_bank(parse_markdown(notes, "n.md"))
                     if "___" in q.prompt)


NOTES = """# 저장소
## 조각 크기 128KB / 8
- 로그 파일의 한 조각은 16KB로 기록된다
## 예비 디스크 14 - 6
- 실제로 쓰는 디스크는 8개로 유지된다
## 샤드 배치
- 네 개의 샤드에 고르게 나누면 각 샤드에 20GB씩 들어가고 전체 용량은 80GB이다
- 기본 복제본은 3개이며 장애 감지는 10초마다 한다
## Splitting
- A 250 MB upload split into five parts sends 50 MB per request
- Half of the 32 GB of memory, 16 GB, is kept for the page cache
## 分割
- 60GBを三つに分けると、それぞれ20GBになる
## 5-1. 백업 주기
- 증분 백업은 4시간마다 수행된다
"""


def test_a_blank_worked_out_from_the_heading_or_a_count_in_words_is_not_asked() -> None:
    stems = _stems(NOTES)
    for worked in ("한 조각은 ___", "디스크는 ___", "각 샤드에 ___", "전체 용량은 ___",
                   "sends ___", "memory, ___", "それぞれ___"):
        assert worked not in stems, (worked, stems)
    # Figures nothing in the question makes stay asked, and a heading's
    # number label ('5-1.') is no sum.
    assert "기본 복제본은 ___" in stems, stems
    assert "증분 백업은 ___" in stems, stems


@pytest.mark.parametrize(("text", "figure", "crumb", "worked"), [
    ("한 조각은 16KB로 기록된다", "16KB", "조각 크기 128KB / 8", True),
    ("디스크는 8개로 유지된다", "8개", "예비 디스크 14 - 6", True),
    ("디스크는 8개로 유지된다", "8개", "예비 디스크 3 ÷ 2", False),
    ("증분 백업은 4시간마다 수행된다", "4시간", "5-1. 백업 주기", False),
    ("Split into five parts, 250 MB sends 50 MB each", "50 MB", "", True),
    ("Half of the 32 GB of memory, 16 GB, is kept for the cache", "16 GB", "", True),
    ("把 90GB 平均分成 三个 部分，每份 30GB", "30GB", "", True),
    ("세 개의 노드가 각각 10GB를 쓰면 합계 30GB", "30GB", "", True),
    ("세 개의 노드가 각각 10GB를 쓰고 로그는 40GB", "40GB", "", False),
])
def test_worked_from_shown(text: str, figure: str, crumb: str, worked: bool) -> None:
    start = text.rindex(figure)
    value = float("".join(c for c in figure if c.isdigit() or c == "."))
    assert worked_from_shown(text, start, start + len(figure), value, crumb) == worked


@pytest.mark.parametrize("text", ["읽기 1000 RCU ÷ 2 로 계산하면 최대 300개까지 처리",
                                  "쓰기 12 − 4 구간이 유지되며 주기는 15초"])
def test_a_line_writing_a_division_or_minus_sign_is_a_worked_example(text: str) -> None:
    figure = text.split()[-1]
    start = text.rindex(figure)
    assert shows_arithmetic(text, 1.0, start, start + len(figure))
