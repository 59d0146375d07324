"""A choice that is one letter, or single letters joined by commas or slashes
('U' cut from 'U(urgent)', 'R,S,F' among flag names), is a bare label: the
question is not asked. A cloze blanks a value, which may be a letter; an author's
question keeps the author's choices."""

from __future__ import annotations

import pytest

from bot.notes.model import SourceRef
from bot.quiz.build import rejection
from bot.quiz.question import AUTHOR, Question


def _question(kind: str, choices: tuple[str, ...], answer: int = 0) -> Question:
    return Question(id="q", kind=kind, section="TCP 헤더", topic="TCP 헤더",
                    concept="c", prompt="다음 설명에 해당하는 필드는? 긴급한 패킷 표시 용도",
                    choices=choices, answer=answer, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


@pytest.mark.parametrize("choices", [
    ("U", "옵션 필드", "리시브 윈도우", "체크섬"),
    ("옵션 필드", "R,S,F", "리시브 윈도우", "체크섬"),
    ("옵션 필드", "A / P", "리시브 윈도우", "체크섬"),
])
def test_a_bare_letter_choice_drops_the_question(choices: tuple[str, ...]) -> None:
    assert rejection(_question("name", choices)) == "bare letter choice"


@pytest.mark.parametrize("choices", [
    ("URG", "옵션 필드", "리시브 윈도우", "체크섬"),
    ("힙", "큐", "스택", "트리"),
])
def test_a_short_name_is_no_bare_letter(choices: tuple[str, ...]) -> None:
    assert rejection(_question("name", choices)) != "bare letter choice"


@pytest.mark.parametrize("kind", ["cloze", AUTHOR])
def test_cloze_values_and_author_choices_keep_their_letters(kind: str) -> None:
    q = _question(kind, ("A", "B", "C", "D"))
    assert rejection(q) != "bare letter choice"
