"""A breadcrumb shows the parts of the notes a question stands under whole,
never cut off mid-word: a line under a long bullet (a sentence, not the name
of a part) is shown under the nearest level above that bullet, and a level
shows no check mark or emoji it opens on. A power written as a superscript
is asked as 'n^2', like one typed with a caret. Every note here is written
for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """# Interview notes

## Solving the problem

- ✅ Talk through a couple of ways to solve it before you settle on one and start typing
  - Comparing every pair with two loops takes O(n<sup>2</sup>) time and O(1) extra space.
- ✅ Sort first
  - Sorting the array up front takes O(n log n) time with a comparison sort.
"""


def test_a_long_line_is_no_level_and_a_short_one_shows_no_check_mark() -> None:
    bank = build_bank(parse_markdown(NOTES, "n.md"))
    crumbs = {q.prompt.split("\n", 1)[0] for q in bank}
    assert crumbs, "the notes give questions"
    for crumb in crumbs:
        assert "…" not in crumb and "✅" not in crumb
    assert "Solving the problem > Sort first" in crumbs


def test_a_superscript_power_is_asked_as_written_with_a_caret() -> None:
    bank = build_bank(parse_markdown(NOTES, "n.md"))
    asked = [q for q in bank if "two loops" in q.prompt]
    assert asked
    for q in asked:
        assert "n 2" not in q.prompt and "n 2" not in " ".join(q.choices)
    time = [q for q in asked if "O(___) time" in q.prompt]
    assert time and time[0].correct_choice == "n^2"
