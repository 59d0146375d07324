"""Names of Latin words offered together are written in one style: a word
('Serializable') among constants ('READ_COMMITTED') is shown as the notes write
it in their style, or the question is not asked."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.name_styles import mixed, reading_spellings
from bot.quiz.question import Question

_LEVELS = ("REPEATABLE_READ", "READ_COMMITTED", "READ_UNCOMMITTED")


def _ask(correct: str, wrong: tuple[str, ...]) -> Question | str:
    return assemble("name", sources=("s",), section="격리", topic="격리", concept="c",
                    context="트랜잭션 격리 수준 종류",
                    body="다음 설명에 해당하는 것은?\n- 모든 이상 현상을 차단",
                    correct=correct, wrong=wrong, explanation="e",
                    source=SourceRef(file="f.md", line=1))


def test_a_word_among_constants_is_shown_as_the_notes_write_it_so() -> None:
    with reading_spellings(["| SERIALIZABLE | X | X |", "### Serializable"]):
        question = _ask("Serializable", _LEVELS)
    assert isinstance(question, Question)
    assert question.choices[question.answer] == "SERIALIZABLE"
    assert set(question.choices) == {"SERIALIZABLE", *_LEVELS}


def test_a_mix_the_notes_never_even_is_not_asked() -> None:
    with reading_spellings(["### Serializable"]):
        assert _ask("Serializable", _LEVELS) == "gate: names of mixed styles"
    with reading_spellings(["### DIRTY READ", "### Phantom Data Read"]):
        assert _ask("DIRTY READ", ("UNREPEATABLE READ", "Phantom Data Read")) \
            == "gate: names of mixed styles"


def test_joiners_are_a_style_too() -> None:
    assert mixed(["READ COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"])
    assert mixed(["max_connections", "shared buffers", "work_mem"])


def test_acronyms_and_names_of_one_style_stay() -> None:
    assert not mixed(["SERIALIZABLE", "READ COMMITTED", "REPEATABLE READ"])
    assert not mixed(["SRTF", "Round Robin", "Priority Scheduling"])
    assert not mixed(["NAT Gateway", "VPC", "Security Group", "EC2 AMI"])
    assert not mixed(["Half-duplex", "Full-duplex", "Collision"])
    question = _ask("SJF", ("FCFS", "Round Robin", "Priority Scheduling"))
    assert isinstance(question, Question)
