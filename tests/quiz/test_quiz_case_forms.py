"""A case's name ('Smith v. Jones') beside a title of another kind, one alone
with or without the 'v.' form, is picked by its look. Written for the test."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.question import Question


def _ask(correct: str, wrong: tuple[str, ...]) -> Question | str:
    return assemble("name", sources=("s",), section="Damages", topic="t", concept="c",
                    context="Damages", body="Which one does this describe?\n"
                    "- awarded pain and suffering damages for an amputated leg",
                    correct=correct, wrong=wrong, explanation="e",
                    source=SourceRef(file="f.md", line=1))


def test_a_title_among_case_names_is_dropped() -> None:
    assert _ask("Pricing Lost Years", ("Archer v. Ross", "Baker v. Cole")) \
        == "gate: one choice odd case form"
    assert _ask("Archer v. Ross", ("Pricing Lost Years", "Counting Harms")) \
        == "gate: one choice odd case form"


def test_case_names_alone_stay() -> None:
    assert isinstance(_ask("Archer v. Ross", ("Baker v. Cole", "Dunn v. Ellis")), Question)
