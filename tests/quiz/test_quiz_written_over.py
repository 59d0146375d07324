"""A single clue names its concept only when no other concept's notes word it
alike. The concept it is written under ('Storage Rooms' over 'Cold Room')
holds every line below it: its notes fitting the clue are the clue itself,
and before, that alone dropped each member's one telling line. Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

ROOMS = """## Warehouse

### Storage Rooms
- Every room is locked at night and opened by the shift manager
- Cold Room
  - Keeps frozen fish and ice cream below minus twenty degrees for weekly restaurant deliveries
- Dry Room
  - Stores flour sacks, rice bags and canned beans on wooden pallets away from humidity
- Paint Room
  - Holds solvent drums and spray cans behind a fireproof door with forced ventilation

### Front Office
- Desks for four clerks and one printer shared by the whole floor
- Opens at eight and closes when the last truck is signed off
"""


def test_one_telling_line_under_a_parent_names_its_member() -> None:
    bank = build_bank(parse_markdown(ROOMS, "rooms.md"))
    named = {q.choices[q.answer]: q for q in bank if q.kind == "name"}
    assert "Cold Room" in named, [(q.kind, q.prompt, q.choices) for q in bank]
    assert "frozen fish" in named["Cold Room"].prompt


def test_a_line_another_concept_words_alike_stays_generic() -> None:
    """The same line written under a concept beside it, not over it, still
    fits that one too: no question on it alone."""
    notes = ROOMS + """
### Loading Dock
- Keeps frozen fish and ice cream below minus twenty degrees for weekly restaurant deliveries
- Trucks back in from the east gate
"""
    bank = build_bank(parse_markdown(notes, "rooms.md"))
    assert not [q for q in bank if q.kind == "name" and q.choices[q.answer] == "Cold Room"
                and "frozen fish" in q.prompt]
