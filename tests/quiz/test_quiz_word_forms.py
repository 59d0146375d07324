"""A clue that writes the answer's word in another form gives it away: 'inserts
the sender's addresses' for *Addressing*, 'builds frames' for *Framing* (the
prefix check misses a form whose ending is longer than the answer's own)."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import make
from bot.quiz.question import Question

HERE = SourceRef(file="notes.md", line=1)


def _name_question(clue: str, correct: str, wrong: list[str]) -> Question | None:
    return make("name", sources=[correct, clue], section="s", topic="t", concept="c",
                context="Link sublayer duties", body=f"Which one does this describe?\n- {clue}",
                correct=correct, wrong=wrong, explanation="why", source=HERE)


def test_the_answer_word_in_another_form_gives_it_away() -> None:
    others = ["Segment Limits", "Error Detection"]
    assert _name_question("Writes the sender's and receiver's addresses into the header",
                          "Addressing", others) is None
    assert _name_question("Builds frames around each packet", "Framing", others) is None
    # A clue without the word is asked; so is one whose word every choice shares.
    assert _name_question("Writes the sender's and receiver's numbers into the header",
                          "Addressing", others) is not None
    assert _name_question("Checks the addresses of each packet", "Source Addressing",
                          ["Target Addressing", "Group Addressing"]) is not None
