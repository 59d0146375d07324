"""A relation between two names written in notation with a bare value
('team->budget: many', 'user → order: 1:N') is a row of a diagram the label
above it names; alone it says nothing of the concept it stands under: no
clue, no choice. A sentence with an arrow stays. Lines written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.material import statement_rejection


@pytest.mark.parametrize(("line", "relation"), [
    ("team->budget: many", True),
    ("user → order: 1:N", True),
    ("주문 → 배송: 필수", True),
    ("Client → ALB: sends the request over HTTPS", False),
    ("the request goes A -> B and back", False),
])
def test_a_relation_in_notation_is_no_statement(line: str, relation: bool) -> None:
    fact = parse_markdown(f"# t\n\n## s\n- {line}\n", "n.md").topics()[0].facts[0]
    assert (statement_rejection(fact) == "a relation in notation") is relation

