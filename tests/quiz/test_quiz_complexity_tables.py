"""Blanks on a table of operations and their running times: one per row, the
breadcrumb naming what is measured (a note read alone lends its title to a
heading that only says 'Time complexity'). Passed over: a column that gives
every row one class, a bound with a footnote mark, and a table of algorithms
whose column does not say which case it gives. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank, sample

LINKED = """\
---
title: Linked list notes
---

## Time complexity

| Operation | Big-O |
| --- | --- |
| Read the k-th node | O(n) |
| Add at the head | O(1) |
| Find in a sorted skip list | O(log(n)) |
| Remove the head | O(1) |
"""

UNTITLED = LINKED.split("---\n", 2)[2]

NAMED = """\
# 자료구조 메모

## 연결 리스트

### 시간 복잡도

| 연산 | 시간 복잡도 |
| --- | --- |
| k번째 노드 읽기 | O(n) |
| 맨 앞에 추가 | O(1) |
| 맨 앞 노드 삭제 | O(1) |
"""

SAME_CLASS = """\
---
title: Trie notes
---

## Time complexity

| Operation | Big-O |
| --- | --- |
| Insert a word | O(m)* |
| Look a word up | O(m)* |
| Check a prefix | O(m)* |
"""

ALGORITHMS = """\
---
title: Sorting notes
---

## Running times

| Algorithm | Time |
| --- | --- |
| Heap sort | O(n log n) |
| Counting pass | O(n) |
| Shell pass | O(n^2) |
"""


def _blanks(notes: str) -> dict[str, tuple[tuple[str, ...], str]]:
    return {q.prompt: (q.choices, q.correct_choice)
            for q in build_bank(parse_markdown(notes, "n.md")) if "(___)" in q.prompt}


def test_each_row_of_a_titled_note_is_a_blank() -> None:
    found = _blanks(LINKED)
    crumb = "Linked list notes > Time complexity\nWhich value fills the blank?\n"
    assert set(found) == {crumb + f"- {row} (Big-O): O(___)" for row in (
        "Read the k-th node", "Add at the head", "Find in a sorted skip list", "Remove the head")}
    choices, right = found[crumb + "- Find in a sorted skip list (Big-O): O(___)"]
    assert right == "log(n)"
    # Written as the column writes its classes, an O(1) row too.
    assert set(choices) == {"1", "log(n)", "n", "nlog(n)"}
    assert set(found[crumb + "- Add at the head (Big-O): O(___)"][0]) == set(choices)


def test_a_measure_heading_alone_names_nothing() -> None:
    assert _blanks(UNTITLED) == {}


def test_a_heading_above_names_what_is_measured() -> None:
    found = _blanks(NAMED)
    assert found["연결 리스트 > 시간 복잡도\n빈칸에 들어갈 알맞은 값은?\n"
                 "- k번째 노드 읽기 (시간 복잡도): O(___)"][1] == "n"
    assert len(found) == 3


def test_one_class_for_every_row_or_a_case_unsaid_is_not_asked() -> None:
    assert _blanks(SAME_CLASS) == {}
    assert _blanks(ALGORITHMS) == {}
    assert _blanks(ALGORITHMS.replace("| Time |", "| Worst-case time |"))


def test_each_row_is_its_own_line_for_a_sample() -> None:
    bank = build_bank(parse_markdown(LINKED, "n.md"))
    lines = [q.source.line for q in bank if "(___)" in q.prompt]
    assert len(lines) == 4 and len(set(lines)) == 4
    assert len(sample(bank, 4, seed=1)) == 4
