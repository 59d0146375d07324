"""A right choice that holds a wrong one whole and is more than twice as long
as any other ('Pages Worker @ Edge Cache' beside 'Worker') reads as the notes'
particular pick: the question is not asked. Names of one series ('Tier-IA'
beside 'Tier', 'Non-blocking read' beside 'Blocking read') stay."""

from __future__ import annotations

import pytest

from bot.notes.model import SourceRef
from bot.quiz.build import rejection
from bot.quiz.question import Question


def _question(choices: tuple[str, ...], answer: int = 0) -> Question:
    return Question(id="q", kind="name", section="용어", topic="용어",
                    concept="c", prompt="다음 설명에 해당하는 것은?\n- 사용자 가까이에서 함수 실행",
                    choices=choices, answer=answer, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


def test_a_long_answer_holding_a_choice_is_not_asked() -> None:
    choices = ("Pages Worker @ Edge Cache", "Worker", "Streams", "AuditTrail")
    assert rejection(_question(choices)) == "answer holds a choice"


@pytest.mark.parametrize("choices", [
    ("Tier-IA", "Tier", "One Zone-IA", "Smart-Tiering"),
    ("Non-blocking read", "Blocking read", "Async read", "Multiplexed read"),
])
def test_names_of_one_series_stay(choices: tuple[str, ...]) -> None:
    assert rejection(_question(choices)) != "answer holds a choice"
