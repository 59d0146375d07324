"""Statistics flag, people decide: when answers suggest a question is miskeyed.

A wrong choice that draws more answers than the right one usually means the
group finds the question hard, not that it is wrong: on a hard question the
members who do not know pick the most plausible distractor. So statistics
never retire a question; they flag it for the deck's maintainer (`studybot
quiz flagged`) and the group's admins, who decide (a report retires it).

A question is flagged only when
- at least MIN_ANSWERERS distinct members answered it (each member's first
  answer counts once: practice repeats by the same weak member prove nothing),
- and some wrong choice beat the right one by a clear margin: a sign test,
  (wrong - right) >= MARGIN_Z x sqrt(wrong + right), i.e. a lead that equal
  popularity would give less than about 2 % of the time.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

MIN_ANSWERERS = 20
MARGIN_Z = 2.0
REASON_STATISTICS = "wrong-choice"


@dataclass(frozen=True, kw_only=True, slots=True)
class Flag:
    reason: str
    detail: str  # a short human sentence


def statistics_flag(answer: int, first_choices: Mapping[int, int]) -> Flag | None:
    """answer: the right choice's index. first_choices: choice index -> how many
    distinct members picked it on their first answer (all groups on the deck)."""
    total = sum(first_choices.values())
    if total < MIN_ANSWERERS:
        return None
    right = first_choices.get(answer, 0)
    leads = [(n, i) for i, n in first_choices.items() if i != answer and n > right]
    if not leads:
        return None
    n, i = max(leads)
    if n - right < MARGIN_Z * math.sqrt(n + right):
        return None
    return Flag(
        reason=REASON_STATISTICS,
        detail=f"choice {i + 1} was the first answer of {n} of {total} members,"
        f" the right one of {right}",
    )
