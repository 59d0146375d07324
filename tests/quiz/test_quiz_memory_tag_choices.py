"""A choice carrying the note taker's memory hook, a Hangul/kana/Han word
opened by '@' ('정약용 @거중기'), is no name: the question is not asked. Latin
'@' words (annotations, handles, addresses) stay."""

from __future__ import annotations

import pytest

from bot.notes.model import SourceRef
from bot.quiz.build import rejection
from bot.quiz.question import Question


def _question(choices: tuple[str, ...]) -> Question:
    return Question(id="q", kind="name", section="조선 후기", topic="실학자",
                    concept="c", prompt="다음 설명에 해당하는 인물은? 목민심서를 지었다",
                    choices=choices, answer=0, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


@pytest.mark.parametrize("choices", [
    ("정약용 @거중기", "박지원", "유형원", "이익"),
])
def test_a_memory_tag_choice_drops_the_question(choices: tuple[str, ...]) -> None:
    assert rejection(_question(choices)) == "memory tag choice"


@pytest.mark.parametrize("choices", [
    ("@Override", "@Deprecated", "@Inject", "@Bean"),
    ("admin@example.com", "박지원", "유형원", "이익"),
])
def test_latin_at_words_stay(choices: tuple[str, ...]) -> None:
    assert rejection(_question(choices)) != "memory tag choice"
