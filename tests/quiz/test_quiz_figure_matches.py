"""A match whose choices are figures offers the wrong figures around the
answer (its neighbours among the siblings' values, on both sides where there
are any), not the same extreme rows with every answer: those leave the answer
the one value outside them. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

_NOTES = """# Disk sizing

## Block sizes

### Table

| Block | Reads per second on the test rig | Typical use |
|-------|----------------------------------|-------------|
| /4 | about 90 thousand reads | tiny config records |
| /8 | about 61 thousand reads | small message queues |
| /12 | about 40 thousand reads | web session stores |
| /16 | about 23 thousand reads | general purpose databases |
| /20 | about 12 thousand reads | analytics column files |
| /24 | about 6 thousand reads | video segments on cold storage |
| /28 | about 2 thousand reads | backup archives kept for years |
"""


def _figure_matches() -> list[Question]:
    bank = build_bank(parse_markdown(_NOTES, "disk.md"))
    return [q for q in bank if q.kind == "match" and q.choices[q.answer].startswith("/")]


def _value(choice: str) -> int:
    return int(choice.lstrip("/"))


def test_wrong_figures_sit_around_the_answer() -> None:
    asked = _figure_matches()
    assert asked
    for q in asked:
        values = sorted(_value(c) for c in q.choices)
        answer = _value(q.choices[q.answer])
        # Consecutive rows of the table: no gap around the answer.
        rows = [4, 8, 12, 16, 20, 24, 28]
        start = rows.index(values[0])
        assert values == rows[start:start + len(values)], q.choices
        if answer not in (4, 28):
            assert values[0] < answer < values[-1], q.choices


def test_the_wrong_figures_change_with_the_answer() -> None:
    asked = _figure_matches()
    wrong = {frozenset(c for i, c in enumerate(q.choices) if i != q.answer) for q in asked}
    assert len(asked) >= 3 and len(wrong) >= 3
