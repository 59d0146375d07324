"""A clue of bare numbers or signs (a table row's values shown without its
column headers) is no clue: the question is not asked. A clue with words
beside its figures stays, and a cloze blanks a value in its own sentence."""

from __future__ import annotations

import pytest

from bot.notes.model import SourceRef
from bot.quiz.build import rejection
from bot.quiz.question import Question


def _question(prompt: str, kind: str = "match") -> Question:
    return Question(id="q", kind=kind, section="작업 목록", topic="작업 목록",
                    concept="c", prompt=prompt,
                    choices=("작업 A", "작업 B", "작업 C", "작업 D"), answer=0,
                    explanation="e", source=SourceRef(file="f.md", line=1),
                    source_hash="h")


@pytest.mark.parametrize("clues", [
    "- 3\n- 12\n- 7\n- 0",
    "- 2.5\n- 10%\n- -",
])
def test_a_clue_of_bare_figures_is_not_asked(clues: str) -> None:
    reason = rejection(_question(f"다음 설명에 해당하는 것은?\n{clues}"))
    assert reason == "no word in the clue"


@pytest.mark.parametrize("clues", [
    "- 도착 시간 3\n- 실행 시간 12",
    "- 40 ms\n- 8",
])
def test_figures_with_their_words_stay(clues: str) -> None:
    reason = rejection(_question(f"다음 설명에 해당하는 것은?\n{clues}"))
    assert reason != "no word in the clue"


def test_a_cloze_keeps_its_sentence() -> None:
    prompt = "빈칸에 들어갈 알맞은 것은?\n- 평균 대기 시간은 ___ 이다."
    assert rejection(_question(prompt, kind="cloze")) != "no word in the clue"
