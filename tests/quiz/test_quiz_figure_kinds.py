"""Every choice of a question is of one kind of figure: a calendar year is no
span of years ('2011년' among '5년', '7년', '10년' is picked by its form)."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

HISTORY = """# 역사
## VPC
- 2011년 8월에 처음 릴리즈되었습니다.
- 예약 인스턴스는 1년 또는 3년 약정으로 구매합니다.
- 스냅샷은 최대 7년까지 보관할 수 있습니다.
"""


def test_a_calendar_year_is_neither_blanked_nor_a_distractor() -> None:
    bank = build_bank(parse_markdown(HISTORY, "notes.md"))
    assert bank, "the spans still yield questions"
    assert not [q for q in bank if any(c.startswith("2011") for c in q.choices)]
