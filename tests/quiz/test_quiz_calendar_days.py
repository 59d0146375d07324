"""A day of the month ('7월 20일까지') is a date on the calendar, a deadline or
a course's schedule, not a span to learn: never blanked. A span of days ('35일
동안') still is. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """# 백업

## 보관

- 과제: 오늘 실습한 백업 설정을 직접 구성해 보기, 7월 20일까지 제출
- 자동 스냅샷은 35일 동안 보관된다
"""


def test_a_day_of_the_month_is_not_blanked() -> None:
    lines = [q.prompt.rsplit("\n", 1)[-1] for q in build_bank(parse_markdown(NOTES, "n.md"))
             if q.kind == "cloze"]
    assert "- 자동 스냅샷은 ___ 동안 보관된다" in lines
    assert not any("7월" in line for line in lines), lines
