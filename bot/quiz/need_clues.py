"""A decision guide's line that names the thing it stands under ('“Private
instances need to download patches” → NAT Gateway' under '### NAT Gateway')
says, on its left, what that thing is for: that need, without the name it
leads to, is a clue to the thing. (Whole, the line gives the answer away.)

scenarios.py reads such lines as backwards term lines: the name in `term`, the
need in `definition`, arrow "reversed".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.notes.model import Fact
from bot.quiz.text import GUIDE_ARROWS, compact, without_asides


def as_need(fact: Fact, about: Sequence[str]) -> Fact:
    """The line as its need alone when the name it leads to is one of `about`
    (the names of the thing it stands under); else as it was."""
    if fact.arrow != "reversed" or not fact.term or not fact.definition \
            or not any(arrow in fact.text for arrow in GUIDE_ARROWS):
        return fact
    named = {compact(n) for n in about} | {compact(without_asides(n)) for n in about}
    if compact(fact.term) not in named and compact(without_asides(fact.term)) not in named:
        return fact
    return replace(fact, text=fact.definition, term=None, definition=None, arrow=None)
