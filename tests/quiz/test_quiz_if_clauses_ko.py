"""A Korean clause closing on -면/-으면 ('Q1에서 16ms 이상 소요되면 → Q2로
이동') is half of an 'if … then …' line: neither its condition nor its result
is a term, and the condition is no choice. Every note here is written for the
test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.bare_names import if_clause

QUEUES = """## 스케줄링

### 다단계 피드백 큐의 예
- Q0 - RR (time Quantum = 8)
- Q1 - RR (time Quantum = 16)
- Q2 - FCFS
- Q0가 비어야 Q1 실행, Q1이 비어야 Q2 실행
- Q0에서 8ms 이상 소요되면 → Q1로 이동
- Q1에서 16ms 이상 소요되면 → Q2로 이동
"""


@pytest.mark.parametrize("text", ["Q1에서 16ms 이상 소요되면", "응답이 없으면", "요청이 실패하면"])
def test_a_clause_on_the_conditional_ending_is_an_if_clause(text: str) -> None:
    assert if_clause(text)


@pytest.mark.parametrize("text", ["터치 화면", "건물의 측면", "물체의 표면", "실패하면"])
def test_a_noun_ending_on_myeon_is_no_if_clause(text: str) -> None:
    assert not if_clause(text)


def test_an_if_then_line_gives_no_term_nor_choice() -> None:
    bank = build_bank(parse_markdown(QUEUES, "queues.md"))
    for q in bank:
        assert not any(c.endswith("면") for c in q.choices), q
        assert "Q2로 이동" not in q.prompt and "Q2로 이동" not in q.choices, q
