"""Notes that repeat a section write the same field twice ('Disk kinds: flash
(fast), spinning (cheap)' and later 'Disk kinds: flash, spinning/tape'): a name
question shows only one of two clues with the same label or mostly the same
words. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

HOSTING = """## Hosting options

### Block volumes

- Bolted to one rented machine at a time
- Disk kinds: flash (fast), spinning (cheap)
- Snapshots copied off-site every night

### Shared folders

- Mounted by many machines in one region
- Grows and shrinks with the files written
- Billed by the gigabyte actually stored

### Object archive

- Holds files of any size as keyed objects
- Reached over plain web requests only
- Cheapest tier waits hours before reading

## Recap

### Block volumes

- Lives in one zone of the region
- Disk kinds: flash, spinning/tape
- Snapshots copied off-site every night
"""


def _clue_lines(prompt: str) -> list[str]:
    return [line[2:] for line in prompt.splitlines() if line.startswith("- ")]


def test_a_name_question_shows_a_repeated_field_once() -> None:
    bank = build_bank(parse_markdown(HOSTING, "hosting.md"))
    named = [q for q in bank if q.kind == "name" and q.choices[q.answer] == "Block volumes"]
    assert named, "the volumes are still asked"
    for q in named:
        keys = [line.split(":")[0] for line in _clue_lines(q.prompt) if ":" in line]
        assert len(keys) == len(set(keys)), q.prompt
        lines = _clue_lines(q.prompt)
        assert len(lines) == len(set(lines)), q.prompt
