"""Rows of a comparison table asked by their values: only a row whose values
together belong to no other row, with the other rows' names as choices."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

TABLE = """## Sorting
### Complexity
| Algorithm | Time | Space |
| --- | --- | --- |
| Bubble sort | O(n^2) | O(1) |
| Insertion sort | O(n^2) | O(1) |
| Mergesort | O(n log n) | O(n) |
| Heapsort | O(n log n) | O(1) |
| Counting sort | O(n + k) | O(k) |
"""


def test_a_row_is_asked_by_its_values_when_no_other_row_shares_them() -> None:
    bank = build_bank(parse_markdown(TABLE, "notes.md"))
    rows = [q for q in bank if "- Time:" in q.prompt]
    answers = {q.correct_choice for q in rows}
    assert "Mergesort" in answers and "Heapsort" in answers
    # Bubble and insertion sort share their values: either would be right.
    assert not {"Bubble sort", "Insertion sort"} & answers
    for q in rows:
        assert set(q.choices) <= {"Bubble sort", "Insertion sort", "Mergesort", "Heapsort",
                                  "Counting sort"}


def test_wrong_rows_of_one_profile_are_not_offered_together() -> None:
    # Bubble and insertion sort, both O(n^2) and O(1): were one of them right,
    # both would be, so together they rule each other out.
    bank = build_bank(parse_markdown(TABLE, "notes.md"))
    for q in (q for q in bank if "- Time:" in q.prompt):
        assert not {"Bubble sort", "Insertion sort"} <= set(q.choices), q.choices


def test_a_two_column_table_is_no_comparison() -> None:
    text = "## Kinds\n| Kind | Use |\n|---|---|\n| A1 | one |\n| B2 | two |\n| C3 | three |\n"
    bank = build_bank(parse_markdown(text, "notes.md"))
    assert not any("- Use:" in q.prompt for q in bank)


def test_a_sideways_comparison_asks_no_aspect_names() -> None:
    text = """## Firewalls
| Feature | Group | List |
|---|---|---|
| Level | instance | subnet |
| State | stateful | stateless |
| Rules | allow only | allow and deny |
"""
    bank = build_bank(parse_markdown(text, "notes.md"))
    assert not {"Level", "State", "Rules"} & {c for q in bank for c in q.choices}


def test_a_code_keeps_its_marks() -> None:
    text = """## Subnets
| Prefix | Addresses | Usable |
|---|---|---|
| /28 | 16 | 11 |
| /27 | 32 | 27 |
| /26 | 64 | 59 |
"""
    bank = build_bank(parse_markdown(text, "notes.md"))
    assert any(q.correct_choice == "/27" for q in bank)


def test_a_first_column_headed_by_the_kind_of_its_things_is_asked() -> None:
    # '옵션' (option) is a generic word, yet the rows under it are things.
    text = """## Q2. 저장소 요금은?
| 옵션 | 요금 | 꺼내는 시간 |
|---|---|---|
| Hot Tier | 높음 | 즉시 |
| Cool Tier | 중간 | 수 초 |
| Archive Tier | 낮음 | 수 시간 |
"""
    rows = [q for q in build_bank(parse_markdown(text, "notes.md")) if "- 요금:" in q.prompt]
    assert {q.correct_choice for q in rows} == {"Hot Tier", "Cool Tier", "Archive Tier"}
    # The question's number is no level of its own in the breadcrumb, nor a
    # part of one (naming.without_sequence_label).
    assert all(q.context == "저장소 요금은?" for q in rows)
