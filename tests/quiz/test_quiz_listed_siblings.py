"""A definition that lists other terms of its list ('Class 1: 3 m, Class 2: 10
m, Class 3: 100 m') rules those terms out as choices, and with them the terms
named after the same pattern ('Class 4', 'Class 5'): a reader sees that the line is about
the listed classes, so an unlisted one is no answer either. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

RADIOS = """## Short-range radios

### Power classes
- **Class 1**: Strongest sender, carries about a hundred metres outdoors
- **Class 2**: Usual handset power, reaches roughly ten metres indoors
- **Class 3**: Weakest sender, works across a single desk only
- **Class 4**: Reserved by the standard for later low-energy parts
- **Class 5**: Kept for test rigs that must never reach a phone
- **Typical ranges**: Class 1: 100 m, Class 2: 10 m, Class 3: 1 m
"""


def test_a_line_listing_classes_asks_no_other_class() -> None:
    bank = build_bank(parse_markdown(RADIOS, "radios.md"))
    assert any(q.kind == "match" for q in bank), "the classes are still asked"
    for q in bank:
        if "Class 1: 100 m" in q.prompt:
            assert not any(c.startswith("Class ") for c in q.choices), (q.prompt, q.choices)
