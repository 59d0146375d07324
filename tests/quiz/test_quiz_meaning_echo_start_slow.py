"""Stems that say the answer's name in other words: 'at first' (처음에는) and
'takes long' (오래 걸린다) are *Slow Start* among the other congestion-control
names. Slowness is a field of its own, not the speed field's: 'Fast
Retransmit' speaks of speed too, so in one field the slow name would not stand
apart. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.fields import echoed_fields, fields_of

RIVALS = ["Fast Retransmit (빠른 재전송)", "Fast Recovery (빠른 회복)", "AIMD"]


@pytest.mark.parametrize(("stem", "field"), [
    ("처음에는 윈도를 작게 잡고 ACK마다 두 배로 키운다", "start"),
    ("The sender begins with a window of one segment", "start"),
    ("最初はウィンドウを一つから送る", "start"),
    ("开始时只发送一个报文段", "start"),
    ("전송 속도를 올리는 데 시간이 오래 걸린다", "slowness"),
    ("The window grows slowly until the threshold", "slowness"),
    ("送信速度がなかなか上がらず遅い", "slowness"),
])
def test_a_beginning_or_slowness_said_in_other_words_echoes(stem: str, field: str) -> None:
    assert field in echoed_fields("Slow Start (느린 시작)", stem, RIVALS)


def test_slowness_is_not_the_speed_field() -> None:
    # Were it one field, the fast rivals would share it and nothing would echo.
    assert "slowness" in echoed_fields("Slow Start", "속도가 오르는 데 오래 걸린다",
                                       ["Fast Retransmit", "Fast Recovery"])
    assert "slowness" not in fields_of("Fast Retransmit (빠른 재전송)")


@pytest.mark.parametrize(("text", "field"), [
    ("배열을 0으로 초기화한다", "start"),  # reset to a value, no beginning
    ("Initialize the counter to zero", "start"),
    ("스타트업의 인프라", "start"),  # a young company
    ("오래된 서버를 교체", "slowness"),  # old, not slow
    ("데이터를 오래 보관한다", "slowness"),  # kept long, not slow
])
def test_a_word_reaching_past_the_field_is_not_in_it(text: str, field: str) -> None:
    assert field not in fields_of(text)


CONGESTION = """# 네트워크

## 혼잡 제어
- **Slow Start (느린 시작)**: 처음에는 윈도를 1로 잡고, 손실이 없으면 ACK마다 두 배로 키운다
- **Fast Retransmit (빠른 재전송)**: 중복 ACK가 세 번 오면 타이머를 기다리지 않고 다시 보낸다
- **Fast Recovery (빠른 회복)**: 손실 뒤 윈도를 절반으로 줄이고 혼잡 회피로 넘어간다
- **AIMD**: 손실이 없으면 윈도를 하나씩 늘리고, 손실이 나면 절반으로 줄인다
"""


def test_the_beginning_does_not_ask_slow_start() -> None:
    bank = build_bank(parse_markdown(CONGESTION, "net.md"))
    assert bank, "the other techniques are still asked"
    for q in bank:
        pair = q.prompt + "\n" + q.correct_choice
        assert not ("처음에는" in pair and "Slow Start" in pair), q.prompt
