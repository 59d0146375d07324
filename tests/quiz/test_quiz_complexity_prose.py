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
