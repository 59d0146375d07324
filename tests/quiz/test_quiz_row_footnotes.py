"""A table row is asked by its cells only when no other row says the same:
a footnote's mark or emphasis on a cell ('99,99%<sup>*</sup>', '**99,9%**')
does not set one row apart from another, so a row whose cells another row
repeats, marks aside, has two right answers and is not asked. Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

CLASSES = """# Object storage

## Storage classes

| Class | Durability | Availability |
|---|---|---|
| Hot tier | 99.999% | 99.99% |
| Cool tier | 99.999% | **99.9%** |
| Single-site tier | 99.999% | 99.5% |
| Archive tier | 99.999% | 99.99%<sup>\\*</sup> |
| Scratch tier | 99.9% | 99.99% |

<sup>\\*</sup> once the object is restored
"""


def _asked(notes: str) -> dict[str, list[str]]:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    return {q.correct_choice: q.choices for q in bank if q.kind == "match"}


def test_a_row_another_row_repeats_but_for_a_footnote_mark_is_not_asked() -> None:
    asked = _asked(CLASSES)
    assert "Hot tier" not in asked and "Archive tier" not in asked
    # The rows whose cells are their own are asked, and never offer both
    # look-alike rows together (one would be as right as the other).
    assert "Cool tier" in asked
    for choices in asked.values():
        assert not {"Hot tier", "Archive tier"} <= set(choices)
