"""An English heading or bullet written as a statement ('The mayor was
against', 'Philosophy takes an interest in life') says something and names
nothing: never a choice of a name, match or pair question. Notes written
for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.heading_forms import states_something

HISTORY = """# Town history

## The river guild

- The Ferrymen
    - Carried goods across the river for a fixed toll
    - Kept a list of every boat that crossed each week
- The mayor was against
    - The council passed a law taxing every crossing
    - Boats without a licence were seized at the docks
"""


@pytest.mark.parametrize("title", [
    "The mayor was against", "Stoics are by no", "Negotiation was difficult",
    "Philosophy takes an interest in life", "Word probabilities are typically very small",
])
def test_statements_name_no_thing(title: str) -> None:
    assert states_something(title)


@pytest.mark.parametrize("title", [
    "The Ferrymen", "Bay of Pigs", "What is a pivot?", "Voting Rights Act of 1965",
    "Roman Stoicism", "Cuban Missile Crisis", "Kubernetes the Hard Way",
])
def test_names_stay(title: str) -> None:
    assert not states_something(title)


def test_a_statement_bullet_is_never_offered_as_a_name() -> None:
    for q in build_bank(parse_markdown(HISTORY, "history.md")):
        assert "The mayor was against" not in q.choices, (q.prompt, q.choices)
