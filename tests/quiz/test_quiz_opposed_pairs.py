"""Two things whose names differ by one opposite word ('Max heap' / 'Min heap'),
written side by side under one heading: a pair to compare, as a 'vs' heading
makes one. Only lines surely false of the other side are choices."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question
from bot.quiz.term_pairs import mirrors, one_kind

TERM_LINES = (
    "## Priority queues\n### Heaps\n"
    "- Max heap: Every parent is greater than or equal to its children. "
    "Heap sort with it gives ascending order. Kept in an array\n"
    "- Min heap: Every parent is less than or equal to its children. "
    "Heap sort with it gives descending order. Kept in an array\n")


def _versus(notes: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(notes, "n.md")) if q.kind == "versus"]


def test_term_lines_of_opposite_names_are_compared_by_their_mirrored_lines() -> None:
    asked = _versus(TERM_LINES)
    by_answer = {q.correct_choice: q for q in asked}
    assert "Every parent is greater than or equal to its children." in by_answer
    q = by_answer["Every parent is greater than or equal to its children."]
    assert "true of Max heap, not of Min heap" in q.prompt
    assert "Every parent is less than or equal to its children." in q.choices
    for q in asked:
        # Said of both: true of either, never a choice.
        assert not any("array" in c for c in q.choices)


def test_names_that_merely_end_alike_are_no_pair() -> None:
    notes = TERM_LINES.replace("Max heap:", "Binary heap:").replace("Min heap:", "Fibonacci heap:")
    assert _versus(notes) == []


HEADINGS = """# FTP
### Connections
#### Active mode
The server connects back to the client for each transfer.
Home routers often block the incoming connection.

Commonly used by:
- Legacy clients

#### Passive mode
Works behind NAT without extra rules.
The default in most web browsers.

Commonly used by:
- Browsers
"""


def test_sub_headings_of_opposite_names_are_compared() -> None:
    asked = _versus(HEADINGS)
    answers = {q.correct_choice for q in asked}
    assert "Works behind NAT without extra rules." in answers
    for q in asked:
        # Items of a lead-in ('Commonly used by:') say nothing alone.
        assert not {"Legacy clients", "Browsers"} & set(q.choices)


def test_one_kind_needs_one_opposite_word() -> None:
    assert one_kind("Active Health Check", "Passive Health Check")
    assert one_kind("Public subnet", "Private subnet")
    assert not one_kind("Secrets Manager", "Firewall Manager")
    assert not one_kind("Binary tree", "Binary search tree")


def test_mirrors_swap_one_short_span() -> None:
    assert mirrors("每个节点都大于等于左右子节点的值", "每个节点都小于等于左右子节点的值")
    assert not mirrors("Supports TCP", "Supports TCP and UDP")
    assert not mirrors("Stateful", "Stateless")
