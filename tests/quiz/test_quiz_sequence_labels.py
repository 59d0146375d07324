"""Choices told apart only by their place in a sequence ('phase 1' / 'phase
2', 'Stage 2' / 'Stage 3', 'Week 4' / 'Week 5') number the author's steps:
which of them a line stands under is the page's layout, not a thing a
reader can name. Designations a reader learns ('Type 1' / 'Type 2', 'Layer
7' / 'Layer 4', 'RAID 5') stay. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import numbered_alike

NOTES = """# Motivational interviewing

## Change talk
- stages
  - stage 1: Engaging the client in a working relationship
    - reflect what the client says about the problem without judging it
  - stage 2: Focusing on one direction for change
    - agree with the client on which behaviour the sessions will address
"""


def test_places_in_a_sequence_are_numbered_alike() -> None:
    assert numbered_alike("phase 1", ["phase 2"])
    assert numbered_alike("Stage 3", ["Stage 1", "Stage 2"])
    assert numbered_alike("Week 4", ["Week 5", "Week 6"])


def test_designations_stay_names() -> None:
    assert not numbered_alike("Type 1", ["Type 2"])
    assert not numbered_alike("Layer 7", ["Layer 4", "Layer 3"])
    assert not numbered_alike("RAID 5", ["RAID 1", "RAID 0"])


def test_no_question_offers_two_stages() -> None:
    for q in build_bank(parse_markdown(NOTES, "notes.md")):
        assert not {"stage 1", "stage 2"} <= set(q.choices), (q.prompt, q.choices)
