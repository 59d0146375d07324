"""Kept order said in other words: a queue named FIFO (read 'first in first
out' by the shipped term lists) and a description that says the order is kept
(순서 보장) speak of one subject; when no other choice does, the description
is picked by the name, whichever way the question asks. Every note here is
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.fields import echoed_fields, fields_of


@pytest.mark.parametrize("text", [
    "메시지 순서 보장, 중복 없음",
    "Preserves order of the messages",
    "消息按顺序投递",
    "メッセージの順序を保証する",
    "LIFO Stack",
    "FIFO 대기열",
])
def test_kept_order_is_in_the_order_field(text: str) -> None:
    assert "order" in fields_of(text) or "order" in echoed_fields(text, "FIFO", [])


@pytest.mark.parametrize("text", [
    "best-effort 순서, 중복 가능",  # the order is not kept
    "The shop ordered a new disk in order to grow",
    "순서도를 그린다",  # a flowchart
])
def test_order_in_passing_is_not_the_field(text: str) -> None:
    assert "order" not in fields_of(text)


def test_an_acronym_speaks_in_its_fields_both_ways() -> None:
    rivals = ["주제별 발행과 구독", "best-effort 순서, 무제한 처리량"]
    # The name asked, descriptions offered; a description asked, names offered.
    asked = "다음 중 'Ticket FIFO'에 대한 설명으로 옳은 것은?"
    assert echoed_fields("순서 보장, 초당 300건", asked, rivals) == {"order"}
    names = ["Ticket Basic", "Topic Hub"]
    assert echoed_fields("Ticket FIFO", "순서 보장, 초당 300건", names) == {"order"}
    # Another description saying the order is kept points at none.
    assert not echoed_fields("순서 보장, 초당 300건", "'Ticket FIFO'에 대한 설명",
                             ["순서가 보장되는 묶음 전송", "주제별 발행과 구독"])


QUEUES = """# 메시징

## 요약표
| 서비스 | 특징 |
|---|---|
| Ticket Basic | 무제한 처리량, best-effort 순서, 중복 가능 |
| Ticket FIFO | 순서 보장, 정확히 한 번 처리, 초당 300건 |
| Topic Hub | 주제별 발행과 구독, 여러 구독자에게 전달 |
| Stream Log | 실시간 기록, 재처리 가능, 최대 1년 보관 |
| Relay Box | 기존 브로커 프로토콜 호환, 관리형 |
"""


def test_a_fifo_name_is_not_matched_with_its_kept_order() -> None:
    bank = build_bank(parse_markdown(QUEUES, "queues.md"))
    assert any(q.correct_choice == "Ticket Basic" or "Ticket Basic" in q.prompt for q in bank)
    for q in bank:
        assert not ("Ticket FIFO" in q.prompt and "순서 보장" in q.correct_choice)
        assert not ("순서 보장" in q.prompt and q.correct_choice == "Ticket FIFO")
