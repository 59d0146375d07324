"""Choices cut from labelled bullets must read on their own: an option never
opens with an aside and a colon left over from its bold label ('(Hybla): …')."""

from __future__ import annotations

import re

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

GUIDE = """## Transport
### Choosing an algorithm
- **Loss-based algorithms** (Tahoe, Reno): Suit networks where loss signals congestion
- **Delay-based algorithms** (Vegas, FAST): Suit low-loss networks where delay signals it
- **Specialized algorithms** (Hybla): Designed for satellite links where latency is inherently high
- **Hybrid algorithms** (Compound): Mix loss and delay signals to share bandwidth fairly
"""
_ASIDE_LABEL = re.compile(r"^\([^()]*\)\s*:")


def test_no_choice_opens_with_a_leftover_aside_and_colon() -> None:
    bank = build_bank(parse_markdown(GUIDE, "guide.md"))
    choices = [c for q in bank for c in q.choices]
    assert choices, "the guide still yields questions"
    assert not [c for c in choices if _ASIDE_LABEL.match(c)]
    assert "Designed for satellite links where latency is inherently high" in choices
