"""A line listing several things is read part by part at its commas, but not
at the commas that group a number's digits: '16,777,214 hosts per network' cut
there read '214 hosts per network'. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

CLASSES = """\
# Addressing

## Classful ranges

- **Class A**: First octet 1-126, default mask /8, 16,777,214 hosts per network
- **Class B**: First octet 128-191, default mask /16, 65,534 hosts per network
- **Class C**: First octet 192-223, default mask /24, 254 hosts per network
"""


def test_a_number_keeps_its_digit_groups() -> None:
    bank = build_bank(parse_markdown(CLASSES, "classes.md"))
    texts = [t for q in bank for t in (q.prompt, *q.choices)]
    assert any("16,777,214 hosts" in t for t in texts)
    for t in texts:
        assert not t.startswith(("214 hosts", "777", "534 hosts")), t
