"""A clue that only judges whether a thing can be done ('not feasible',
'불가능', '不可行') says nothing of the thing: a row the notes call 'not viable'
fits it as well. Not asked as a clue; a verdict with what it judges stays.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.verdicts import bare_verdict

PREVENTION = """# Deadlocks

## Prevention summary

| condition | approach |
|---|---|
| mutual exclusion | not feasible |
| hold and wait | request every resource up front |
| no pre-emption | take resources away (not viable) |
| circular wait | order the resources and request them in order |
"""


@pytest.mark.parametrize(("text", "bare"), [
    ("not feasible", True),
    ("Not viable.", True),
    ("generally not feasible", True),
    ("현실적으로 불가능", True),
    ("不可行", True),
    ("take resources away (not viable)", False),
    ("not feasible for shared printers", False),
    ("완전한 제거는 불가능", False),
])
def test_bare_verdict(text: str, bare: bool) -> None:
    assert bare_verdict(text) is bare


def test_a_bare_verdict_is_no_clue() -> None:
    bank = build_bank(parse_markdown(PREVENTION, "deadlock.md"))
    assert [q for q in bank if "- take resources away" in q.prompt]
    assert not [q for q in bank if "- not feasible" in q.prompt]
