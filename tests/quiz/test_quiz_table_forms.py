"""A table that maps its rows to bare names ('| 응용 | 메시지(Message) |', a layer
and its unit) gives no description to ask by ('다음 설명에 해당하는 것은? -
메시지(Message)'), and a `term: definition` line written under it ('캡슐화: …',
a process) is another kind of thing than the rows' names: never a choice among
them. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.bare_names import names_only

UNITS = """## 전송 단위

### 계층별 단위 이름

| 계층 | 단위 이름 |
|------|---------|
| 응용 | 메시지(Message) |
| 전송 | 세그먼트(Segment) |
| 네트워크 | 패킷(Packet) |
| 링크 | 프레임(Frame) |

캡슐화: 위 계층에서 아래 계층으로 내려가며 헤더를 붙임
역캡슐화: 아래 계층에서 위 계층으로 올라가며 헤더를 뗌
단편화: 한 번에 보낼 수 없는 큰 패킷을 여러 조각으로 나눔
"""

ROWS = {"응용", "전송", "네트워크", "링크"}
LINES = {"캡슐화", "역캡슐화", "단편화"}


@pytest.mark.parametrize("text", ["메시지(Message)", "데이터 링크 계층 (Data Link Layer)",
                                  "세그먼트(Segment)"])
def test_a_korean_name_with_its_english_name_names_only(text: str) -> None:
    assert names_only(text, lambda _: False)


@pytest.mark.parametrize("text", ["헤더를 붙임(Encapsulation)", "빠른 처리 (low latency)"])
def test_a_phrase_with_an_aside_says_something(text: str) -> None:
    assert not names_only(text, lambda _: False)


def test_rows_and_lines_below_the_table_are_not_mixed() -> None:
    bank = build_bank(parse_markdown(UNITS, "units.md"))
    for q in bank:
        assert not ({"메시지(Message)", "세그먼트(Segment)", "패킷(Packet)"}
                    & set(q.prompt.splitlines())), q.prompt
        assert "- 메시지(Message)" not in q.prompt, q.prompt
        choices = set(q.choices)
        assert not (choices & ROWS and choices & LINES), q.choices
