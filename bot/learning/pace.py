"""Each member's pace of forgetting, learnt from their own answers.

FSRS's default parameters describe an average learner of its training data. A
member who forgets faster fails most reviews at the intervals those parameters
choose, and a failed review loses what earlier reviews built (measured by
`make sim`: reviews came when the simulated members recalled 30 % of the time,
not the 90 % FSRS aimed at). So the engine keeps, per member, a posterior over
a pace `k`: the member's memory of a card with FSRS stability S behaves like
the default learner's with stability k x S. Reviews are scheduled in the
member's own time (`srs.review(..., pace=k)`): the elapsed time is divided by
k before FSRS sees it, and FSRS's interval multiplied by k (at least one day).

The posterior is a grid over k (PACE_GRID) with a log-normal prior around 1
(PRIOR_SD): each review of a card already met adds the log-likelihood of its
outcome, the chance of a right answer being R + (1 - R) / choices (a guess can
be right; a flashcard's self-grade has no guess). The pace is the grid value
of highest posterior. A member with few answers keeps k near 1, FSRS as is.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.learning.srs import CardState, forgetting_curve

# k from about 1/19 to 2, in steps of 2^(1/4): a member can forget up to ~19 times
# faster than FSRS's default learner (the simulated members are near the bottom).
PACE_GRID: tuple[float, ...] = tuple(2 ** (step / 4) for step in range(-17, 5))
PRIOR_SD = 1.0  # of ln k: a member needs evidence to move far from FSRS's defaults
_FLOOR = 1e-4  # no single answer is certain (miskeyed questions, slips)


@dataclass(frozen=True, slots=True)
class Pace:
    """Log-posterior over PACE_GRID (shifted so its maximum is 0)."""

    fit: tuple[float, ...]

    @classmethod
    def prior(cls) -> Pace:
        return cls(tuple(-(math.log(k) ** 2) / (2 * PRIOR_SD**2) for k in PACE_GRID))

    @property
    def factor(self) -> float:
        """The member's pace k (1.0: as FSRS's defaults assume)."""
        best = max(range(len(PACE_GRID)), key=self.fit.__getitem__)
        return PACE_GRID[best]

    def after(
        self, card: CardState | None, correct: bool, n_choices: int, at: datetime
    ) -> Pace:
        """The posterior after one answer on `card` (its state before the answer).
        A first answer (no card) says nothing about forgetting."""
        if card is None or card.stability <= 0:
            return self
        elapsed = max(0.0, (at.astimezone(UTC) - card.last_review).total_seconds() / 86400)
        guess = 1 / n_choices if n_choices >= 2 else 0.0
        fit = []
        for k, value in zip(PACE_GRID, self.fit, strict=True):
            recall = forgetting_curve(elapsed, k * card.stability)
            p_right = min(1 - _FLOOR, max(_FLOOR, recall + (1 - recall) * guess))
            fit.append(value + math.log(p_right if correct else 1 - p_right))
        top = max(fit)
        return Pace(tuple(v - top for v in fit))

    def to_text(self) -> str:
        return json.dumps([round(v, 4) for v in self.fit])

    @classmethod
    def from_text(cls, text: str | None) -> Pace:
        """Inverse of `to_text`; no value (a member before this existed) or one
        of another grid's length is the prior."""
        if not text:
            return cls.prior()
        try:
            values = json.loads(text)
        except ValueError:
            return cls.prior()
        if not isinstance(values, list) or len(values) != len(PACE_GRID):
            return cls.prior()
        return cls(tuple(float(v) for v in values))
