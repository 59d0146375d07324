"""A description that only offers alternatives ('로그변환 or 범주화') says
what may be done to the term in a setting the line does not show, not what
the term is: no clue and no choice. Blind reader r-dev-41212 Q13
(ko-adsp-data-analytics, READABLE): '로그변환 or 범주화' asked bare under the
breadcrumb 'Part 3'. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.bare_alternatives import only_alternatives

NOTES = """# 분석

## Part 3

- 연속형 변수 : 로그변환 or 범주화
- 범주형 변수 : 가변수화(0,1)
- 유클라디안 : 루트 제곱
- 마할라노비스 : 벡터사이거리/표본공분산
- 체비셰프 : max 차이값
"""


def test_alternatives_are_no_clue() -> None:
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    assert any(q.kind == "match" for q in bank)
    assert not any("로그변환 or 범주화" in q.prompt or "로그변환 or 범주화" in q.choices
                   for q in bank)


@pytest.mark.parametrize(("text", "alternatives"), [
    ("로그변환 or 범주화", True), ("TCP 또는 UDP", True), ("水平拆分或垂直拆分", True),
    ("moving data between files or devices", False),
    ("sync files and folders over SSH or in local file system", False),
    ("Partially dissociate; have Ka or Kb values << 1.", False),
    ("가변수화(0,1)", False),
])
def test_only_alternatives(text: str, alternatives: bool) -> None:
    assert only_alternatives(text) is alternatives
