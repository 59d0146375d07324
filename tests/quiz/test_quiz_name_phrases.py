"""Names offered together are of one kind: a phrase with an object and its verb
('버퍼를 비움') beside names is asked by its grammar, and a full stop one name
closes on ('장기 큐.') while the others do not is the notes' slip, dropped."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.endings import phrase_among_names
from bot.quiz.question import Question


def _ask(correct: str, wrong: tuple[str, ...]) -> Question | str:
    return assemble("name", sources=("s",), section="큐", topic="큐", concept="c",
                    context="큐의 종류",
                    body="다음 설명에 해당하는 것은?\n- 들어온 작업이 기다리는 곳",
                    correct=correct, wrong=wrong, explanation="e",
                    source=SourceRef(file="f.md", line=1))


def test_a_phrase_among_names_is_not_asked() -> None:
    assert _ask("대기 큐", ("버퍼를 비움", "준비 큐")) == "gate: a phrase among names"
    assert phrase_among_names(["返り値", "値を返す", "引数"])


def test_phrases_together_or_names_together_stay() -> None:
    assert not phrase_among_names(["대기 큐", "준비 큐", "장기 큐"])
    assert not phrase_among_names(["버퍼를 비움", "큐를 채움", "값을 읽음"])


def test_a_lone_full_stop_is_dropped_from_a_name() -> None:
    question = _ask("대기 큐", ("장기 큐.", "준비 큐"))
    assert isinstance(question, Question)
    assert "장기 큐" in question.choices
    assert "장기 큐." not in question.choices
