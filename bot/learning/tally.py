"""Answer counts and the smoothed accuracy every ranking here uses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

# Beta(2, 1) prior: a section nobody has answered counts as 2/3 right, so one
# wrong answer makes it look weak (2/4) but not the weakest of all (0/1), and a
# section needs a few answers before its own record outweighs the prior.
PRIOR_RIGHT = 2.0
PRIOR_WRONG = 1.0


class TallyLike(Protocol):
    """Anything with answer counts (bot.core.records.SectionStat fits)."""

    @property
    def answered(self) -> int: ...
    @property
    def correct(self) -> int: ...


@dataclass(frozen=True, kw_only=True, slots=True)
class Tally:
    answered: int = 0
    correct: int = 0

    def add(self, answered: int, correct: int) -> Tally:
        return Tally(answered=self.answered + answered, correct=self.correct + correct)


def smoothed_accuracy(tally: TallyLike | None) -> float:
    answered = tally.answered if tally is not None else 0
    correct = tally.correct if tally is not None else 0
    return (correct + PRIOR_RIGHT) / (answered + PRIOR_RIGHT + PRIOR_WRONG)


def fold(
    rows: Iterable[tuple[str, str, int, int]],
) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """(concept, section, answered, correct) rows, as one GROUP BY gives them,
    -> (tallies by concept, tallies by section)."""
    by_concept: dict[str, Tally] = {}
    by_section: dict[str, Tally] = {}
    for concept, section, answered, correct in rows:
        by_concept[concept] = by_concept.get(concept, Tally()).add(answered, correct)
        by_section[section] = by_section.get(section, Tally()).add(answered, correct)
    return by_concept, by_section

