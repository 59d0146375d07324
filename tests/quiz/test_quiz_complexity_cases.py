"""A table of one row whose columns are cases (average, best, worst) gives the
running times of the algorithm named above its measure heading: one blank a
case, never a lower bound (Ω), which every smaller class meets too. Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

CASES = """\
## 버블 정렬(Bubble Sort)

인접한 두 원소를 비교해 자리를 바꾸는 정렬

**시간복잡도**

| 평균 | 최선 | 최악 |
| :--: | :--: | :--: |
| Θ(n^2) | Ω(n) | O(n^2) |
"""


def _blanks(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "notes.md"))
            if q.kind == "cloze" and "(___)" in q.prompt]


def test_each_case_of_a_one_row_table_is_blanked_under_the_algorithm() -> None:
    blanks = _blanks(CASES)
    worst = [q for q in blanks if "(최악)" in q.prompt]
    average = [q for q in blanks if "(평균)" in q.prompt]
    assert worst and worst[0].correct_choice == "n^2"
    assert "버블 정렬" in worst[0].prompt
    assert average and average[0].correct_choice == "n^2"


def test_a_lower_bound_is_never_blanked() -> None:
    assert not any("(최선)" in q.prompt for q in _blanks(CASES))


def test_a_one_row_table_of_other_columns_is_no_case_table() -> None:
    # ('| 삽입 | 삭제 | 조회 |': operations, each a row's worth, not cases.)
    ops = CASES.replace("| 평균 | 최선 | 최악 |", "| 삽입 | 삭제 | 조회 |")
    assert not _blanks(ops)


def test_english_case_headers_are_read_too() -> None:
    english = """\
## Merge sort

Splits the list in halves, sorts each half and merges them.

**Time complexity**

| Best | Average | Worst |
| --- | --- | --- |
| Ω(n log n) | Θ(n log n) | O(n log n) |
"""
    blanks = _blanks(english)
    assert {q.correct_choice for q in blanks} == {"n log n"}
    assert any("Merge sort (Worst)" in q.prompt for q in blanks)
