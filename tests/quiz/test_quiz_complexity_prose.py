"""Blanks on a bound stated in a sentence of prose, whatever the heading over
the paragraph: each sentence is shown whole. Not asked: a sentence that goes
on from the one before it, one whose subject is only 'the time complexity', a
mistaken claim the notes report, and a bound the sentence denies ('not
O(n)'). Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

PROSE = "\n\n".join((
    "# Lookup notes",
    "## Overview",
    "Lookups come in many shapes. Checking whether a value sits in an unsorted list means"
    " visiting every item, which takes O(n) time. It is still O(n) when done twice.",
    "Pick the default sort of your language. The time complexity is almost surely O(n log n).",
    "A frequent mistake is to claim that a bit set over a small alphabet needs O(n) memory."
    " A bit set over a fixed alphabet of letters needs O(1) memory, not O(n).",
)) + "\n"


def _blanks(notes: str) -> dict[str, str]:
    return {q.prompt.rsplit("\n", 1)[-1]: q.correct_choice
            for q in build_bank(parse_markdown(notes, "n.md")) if "(___)" in q.prompt}


def test_a_bound_in_a_sentence_of_prose_is_blanked() -> None:
    assert _blanks(PROSE) == {
        "- Checking whether a value sits in an unsorted list means visiting every item, "
        "which takes O(___) time.": "n",
        "- A bit set over a fixed alphabet of letters needs O(___) memory, not O(n).": "1",
    }


def test_a_denied_bound_is_never_blanked_in_korean_or_chinese() -> None:
    notes = ("# 메모\n\n## 비트 집합\n\n"
             "- 고정된 알파벳의 비트 집합은 O(n)이 아니라 O(1) 공간을 쓴다\n"
             "- 固定字母表的位集合占用的空间是 O(1) 而不是 O(n)\n")
    found = _blanks(notes)
    assert found == {"- 고정된 알파벳의 비트 집합은 O(n)이 아니라 O(___) 공간을 쓴다": "1",
                     "- 固定字母表的位集合占用的空间是 O(___) 而不是 O(n)": "1"}
