"""The hidden learner: what each simulated member really knows, and how they answer.

Nothing here is visible to the bot. Each member has an ability, each concept a
difficulty; a member's memory of a concept is a stability S (days) and the time
of the last exposure, with recall probability exp(-t / S) (exponential, on
purpose not FSRS's own power curve, so the bot's model is not graded on itself).

- Before the first exposure a member knows a concept with a small prior
  probability (sigmoid(ability - difficulty - 0.5)).
- Seeing a question's answer (right or wrong: feedback shows it) is an exposure.
  A first exposure sets S = S0 = exp(0.5 x (ability - difficulty)) days.
- A review the member recalled grows S, more when recall was harder (the
  spacing effect): S x (1.2 + 2.5 x (1 - R)). A review they had forgotten
  relearns: S = max(S0, S / 2). A review on the same day as the last one adds
  almost nothing (massed practice).
- Answering: a member who recalls picks the right choice; one who does not
  picks the question's lure (its most plausible distractor) with probability
  LURE, else any choice at random. A few questions are miskeyed ("bad"): there a
  member who recalls picks the lure with probability BAD_PULL, since the stored
  "right" answer is wrong.
- Answer time: recalled answers take 3-10 s; guesses are either quick clicks
  (1-2.5 s, half of them) or slow (8-25 s).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

LURE = 0.15
BAD_PULL = 0.7
BAD_SHARE = 0.04
MASSED_DAYS = 0.3  # two exposures closer than this count as one


@dataclass(frozen=True, kw_only=True, slots=True)
class HiddenQuestion:
    """What the simulation knows about a bank question that the bot does not."""

    n_choices: int
    answer: int
    lure: int
    bad: bool


@dataclass(kw_only=True, slots=True)
class Memory:
    stability: float
    last: float  # simulation time in days


@dataclass(kw_only=True, slots=True)
class HiddenMember:
    ability: float
    daily_rate: float  # chance of answering a given day's post
    practice_rate: float  # chance of practising on a given day
    memory: dict[str, Memory] = field(default_factory=dict)

    def recall(self, concept: str, difficulty: float, now: float) -> float:
        mem = self.memory.get(concept)
        if mem is None:
            return _sigmoid(self.ability - difficulty - 0.5)
        return math.exp(-max(0.0, now - mem.last) / mem.stability)

    def studied_recall(self, concept: str, now: float) -> float:
        """Recall of a concept met in the simulation (0 if never met): retention."""
        mem = self.memory.get(concept)
        if mem is None:
            return 0.0
        return math.exp(-max(0.0, now - mem.last) / mem.stability)

    def p_right(self, q: HiddenQuestion, concept: str, difficulty: float, now: float) -> float:
        r = self.recall(concept, difficulty, now)
        guess_right = (1 - LURE) / q.n_choices
        knower_right = 1 - BAD_PULL if q.bad else 1.0
        return r * knower_right + (1 - r) * guess_right

    def answer(
        self, q: HiddenQuestion, concept: str, difficulty: float, now: float, rng: random.Random
    ) -> tuple[int, float]:
        """(choice, seconds taken); also updates the member's memory."""
        r = self.recall(concept, difficulty, now)
        recalled = rng.random() < r
        if recalled:
            pull = BAD_PULL if q.bad else 0.0
            choice = q.lure if rng.random() < pull else q.answer
            seconds = rng.uniform(3.0, 10.0)
        else:
            choice = q.lure if rng.random() < LURE else rng.randrange(q.n_choices)
            seconds = rng.uniform(1.0, 2.5) if rng.random() < 0.5 else rng.uniform(8.0, 25.0)
        self._expose(concept, difficulty, now, recalled, r)
        return choice, seconds

    def _expose(
        self, concept: str, difficulty: float, now: float, recalled: bool, r: float
    ) -> None:
        s0 = math.exp(0.5 * (self.ability - difficulty))
        mem = self.memory.get(concept)
        if mem is None:
            self.memory[concept] = Memory(stability=s0, last=now)
            return
        if now - mem.last < MASSED_DAYS:
            mem.stability *= 1.05
        elif recalled:
            mem.stability *= 1.2 + 2.5 * (1 - r)
        else:
            mem.stability = max(s0, mem.stability / 2)
        mem.last = now


def hidden_question(n_choices: int, answer: int, rng: random.Random) -> HiddenQuestion:
    lure = rng.choice([i for i in range(n_choices) if i != answer]) if n_choices > 1 else 0
    return HiddenQuestion(
        n_choices=n_choices, answer=answer, lure=lure, bad=rng.random() < BAD_SHARE
    )


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))
