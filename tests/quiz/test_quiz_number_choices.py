"""A table row asked by a column of bare numbers: no question names a number."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_bare_number

TIERS = """# Storage notes

## Storage tiers

| Tier | Name | Role | Media |
|------|------|------|-------|
| 0 | Cache | Holds the hottest blocks | DRAM, NVRAM |
| 1 | Performance | Serves databases and logs | NVMe flash |
| 2 | Capacity | Keeps file shares and backups | SATA disks |
| 3 | Archive | Stores records kept for years | Tape, cold object store |
"""


def test_a_row_is_not_asked_by_its_number() -> None:
    bank = build_bank(parse_markdown(TIERS, "tiers.md"))
    for q in bank:
        if q.kind != "cloze":
            assert not all(is_bare_number(c) for c in q.choices), (q.prompt, q.choices)


def test_bare_numbers_and_ordinals() -> None:
    assert all(is_bare_number(t) for t in ("7", "3.5", "1,000", "3rd", "2nd", "제3장"))
    assert not any(is_bare_number(t) for t in ("1XX", "4xx", "HTTP/2", "L7", "Layer 4", "EC2"))
