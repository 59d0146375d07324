"""One cell of a wide table asked by its value: the rows' names may stand in
the second column beside a group column, and only a value that no other row's
value shares (a figure, a word, or a span holding it) is asked."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.cells import marks

# Invented gear: a group column, names in the second column, a long cell.
WIDE = """## Gear
### Pumps and valves:
| Family | Model | Flow | Housing | Notes |
| --- | --- | --- | --- | --- |
| Pump | P-Alpha | 5 liters per minute | Steel | Quiet, for the kitchen and the shed mostly |
| Pump | P-Beta | 12 liters per minute | Steel | Loud |
| Pump | P-Gamma | Up to 40 liters per minute | Cast iron | Loud |
| Pump | P-Delta | 80 liters per minute | Cast iron | Loud |
| Valve | V-One | 3 liters per minute | Brass | Small |
| Valve | V-Two | 9 liters per minute | Brass | Small |
| Valve | V-Three | 20 liters per minute | Brass | Small |
"""


def _cells(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    bank = build_bank(parse_markdown(text, "notes.md"))
    return [(q.correct_choice, q.prompt, q.choices) for q in bank if q.kind == "match"]


def test_a_value_no_other_row_shares_names_its_row() -> None:
    asked = {answer: (prompt, choices) for answer, prompt, choices in _cells(WIDE)}
    assert "P-Delta" in asked
    prompt, choices = asked["P-Delta"]
    assert "- Flow: 80 liters per minute" in prompt
    # The group is shown, and every choice is of that group.
    assert "- Family: Pump" in prompt
    assert set(choices) <= {"P-Alpha", "P-Beta", "P-Gamma", "P-Delta"}
    # The heading's trailing colon is no part of the breadcrumb.
    assert prompt.splitlines()[0].endswith("Pumps and valves")


def test_a_value_inside_another_rows_span_is_not_asked() -> None:
    # 'Up to 40' holds 12 and 5: P-Beta's and P-Alpha's flows are P-Gamma's too.
    by_flow = {answer for answer, prompt, _ in _cells(WIDE) if "- Flow:" in prompt}
    assert "P-Delta" in by_flow
    assert not {"P-Alpha", "P-Beta"} & by_flow


def test_a_group_of_two_is_no_choice_of_three() -> None:
    text = WIDE.replace("| Valve | V-Three | 20 liters per minute | Brass | Small |\n", "")
    answers = {answer for answer, _, _ in _cells(text)}
    assert not {"V-One", "V-Two"} & answers


def test_values_sharing_a_figure_or_word_are_alike() -> None:
    assert marks("Up to 1 Gbps (Gigabit)") & marks("1 Gbps")
    assert marks("Low ($)") & marks("Low-Medium ($$)")
    assert not marks("56 Gbps") & marks("40 Gbps")


def test_a_value_naming_another_row_is_not_asked() -> None:
    text = """## Locks
| Kind | Name | Blocks |
|---|---|---|
| Row | Shared lock | Blocks the exclusive lock only |
| Row | Exclusive lock | Blocks every reader |
| Row | Gap lock | Blocks inserts in a range |
| Row | Record lock | Blocks one key |
"""
    answers = {answer for answer, _, _ in _cells(text)}
    assert "Shared lock" not in answers
    assert "Gap lock" in answers


def test_a_sideways_table_asks_no_cells() -> None:
    text = """## Firewalls
| Feature | Group firewall | List firewall |
|---|---|---|
| Level | instance | subnet |
| State | stateful | stateless |
| Rules | allow only | allow and deny |
"""
    assert not _cells(text)


def test_the_wrong_choices_are_the_nearest_rows() -> None:
    text = """## Links
| Family | Grade | Rate | Reach |
|---|---|---|---|
| Link | G-One | 10 units | 1 km |
| Link | G-Two | 20 units | 2 km |
| Link | G-Three | 40 units | 3 km |
| Link | G-Four | 80 units | 4 km |
| Link | G-Five | 160 units | 5 km |
| Link | G-Six | 320 units | 6 km |
"""
    asked = {answer: set(choices) for answer, _, choices in _cells(text)}
    # The largest figure among the first rows' would stand out.
    assert asked["G-Six"] == {"G-Three", "G-Four", "G-Five", "G-Six"}
