"""A line that names a flow before a colon ('로그 적재 : agent -> collector ->
…'): the flow after the name is the notes' own order, asked as a flow is, with
the name shown above it. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

PIPELINE = """\
# 관측

## 로그 파이프라인

- 수집 방식은 두 가지
- 로그 적재 : agent -> collector -> queue -> indexer -> dashboard
"""

TWO_SIDES = """\
# 관측

## 로그 파이프라인

- 로그 적재 : agent -> collector
"""


def test_a_named_flow_is_asked_in_order_under_its_name() -> None:
    bank = build_bank(parse_markdown(PIPELINE, "notes.md"))
    flows = [q for q in bank if q.kind == "order"]
    assert [q.correct_choice for q in flows] == [
        "agent → collector → queue → indexer → dashboard"]
    assert "로그 적재" in flows[0].prompt


def test_a_named_pair_is_no_flow() -> None:
    bank = build_bank(parse_markdown(TWO_SIDES, "notes.md"))
    assert not any(q.kind == "order" for q in bank)


DRAWN = """\
# 관측

## 경보 구성

- 접근 기록 → 로그 그룹 → 지표 필터 → 경보 → 알림 주제
- “야간에 디스크가 가득 참” → 용량 경보
"""


def test_a_flow_drawn_with_unicode_arrows_is_asked_in_order() -> None:
    bank = build_bank(parse_markdown(DRAWN, "notes.md"))
    flows = [q for q in bank if q.kind == "order"]
    assert [q.correct_choice for q in flows] == [
        "접근 기록 → 로그 그룹 → 지표 필터 → 경보 → 알림 주제"]
