"""The group's daily question: a section first, then a question inside it.

Sections, not questions, are drawn, so a section with 40 questions is not
asked ten times as often as one with 4. Rules, in order:

1. Every section is asked at least once per cycle: in any CYCLE_PER_SECTION x
   (number of sections) consecutive days. Each section has a deadline (the day
   it was last asked + the cycle; never asked: within the first cycle), and a
   section may be drawn today only if all the others can still meet their
   deadlines one a day afterwards (earliest deadline first). With `weak off`
   that leaves the section asked longest ago; with `weak on` (the default)
   the draw is weighted as below.
2. Yesterday's section sits out when another one may be drawn.
3. `weak on`: a question's weight is the group's error rate on its concept
   where the group answered that concept (smoothed towards the section's rate
   by CONCEPT_PRIOR pseudo-answers), else on its section (smoothed towards the
   overall rate by PRIOR_ANSWERS, and scaled by how hard the question is to
   guess: see Rates.of), to the power SHARPNESS; a section weighs
   the mean of its candidate questions' weights. The priors only stop one or
   two answers from deciding; after a few answers a section missed half the
   time is drawn about eight times as often as one missed a quarter of the
   time.
4. No repeats in a question cycle: only sections with questions not asked yet
   take part (rules 1-3 among them) until every question was asked; then the
   cycle starts over with the questions asked longest ago. Inside the
   section: the questions not asked yet (or asked longest ago); with
   `weak on`, weighted the same way by the error rate of the question's
   concept where the group has answered that concept (smoothed towards the
   section's rate), else the section's rate.

Draws use `random.Random(seed)`, so a group and date always get the same pick.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.ports import QuestionLike
from bot.learning.tally import TallyLike

CYCLE_PER_SECTION = 2
SHARPNESS = 3.0
PRIOR_ANSWERS = 4.0  # pseudo-answers at the overall rate, for a section
CONCEPT_PRIOR = 2.0  # pseudo-answers at the section's rate, for a concept
# A guess on an average bank question (between 3 and 4 choices) is wrong this
# often: the reference the section rates are measured against (see Rates.of).
TYPICAL_WRONG_GUESS = 0.7
NO_DATA_ERROR = 0.5  # the overall error rate before the group answered anything
_FIRST_DAY = date(2000, 1, 1)  # stands for "today" when neither `on` nor a history says


@dataclass(frozen=True, kw_only=True, slots=True)
class Rates:
    """The group's smoothed error rates: what `weak on` weighs by."""

    overall: float
    sections: Mapping[str, float]
    concepts: Mapping[str, float]

    def section(self, name: str) -> float:
        return self.sections.get(name, self.overall)

    def of(self, question: QuestionLike) -> float:
        """The question's expected error for the group. Its concept's own rate
        where the group answered it (those answers were mostly on this very
        question); else the section's rate, adjusted for how hard the question
        is to guess: the rate is read as "did not know" (divided by the wrong-
        guess share of an average question) and a member who does not know
        misses this question with its own wrong-guess share, so a 4-choice
        question weighs more than a 3-choice one of the same section."""
        own = self.concepts.get(question.concept)
        if own is not None:
            return own
        unknown = self.section(question.section) / TYPICAL_WRONG_GUESS
        return min(1.0, unknown * _wrong_guess(question))


def error_rates(
    concept_stats: Mapping[str, TallyLike],
    section_stats: Mapping[str, TallyLike],
    concept_sections: Mapping[str, str] | None = None,
) -> Rates:
    """Smoothed error rates from the group's tallies (tally.fold). A concept gets
    a rate only where the group answered it."""
    answered = sum(t.answered for t in section_stats.values())
    wrong = sum(t.answered - t.correct for t in section_stats.values())
    overall = (wrong + NO_DATA_ERROR) / (answered + 1) if answered else NO_DATA_ERROR
    sections = {
        s: (t.answered - t.correct + PRIOR_ANSWERS * overall) / (t.answered + PRIOR_ANSWERS)
        for s, t in section_stats.items()
        if t.answered
    }
    where = concept_sections or {}
    concepts = {}
    for c, t in concept_stats.items():
        if t.answered:
            base = sections.get(where.get(c, ""), overall)
            concepts[c] = (t.answered - t.correct + CONCEPT_PRIOR * base) / (
                t.answered + CONCEPT_PRIOR
            )
    return Rates(overall=overall, sections=sections, concepts=concepts)


@dataclass(frozen=True, kw_only=True, slots=True)
class PickBias:
    """How much harder the daily questions were than the deck, by the group's
    own (smoothed) error rates: what `report` shows for `weak on`."""

    asked: int
    picked_error: float  # mean error rate of the questions asked as daily
    average_error: float  # mean over every question in rotation


def pick_bias(
    questions: Sequence[QuestionLike], history: Mapping[str, date], rates: Rates
) -> PickBias | None:
    asked = [q for q in questions if q.id in history]
    if not asked or not questions:
        return None
    return PickBias(
        asked=len(asked),
        picked_error=sum(rates.of(q) for q in asked) / len(asked),
        average_error=sum(rates.of(q) for q in questions) / len(questions),
    )


def pick_group_question(
    questions: Sequence[QuestionLike],
    retired: Collection[str],
    history: Mapping[str, date],
    seed: str,
    *,
    on: date | None = None,
    concept_stats: Mapping[str, TallyLike] | None = None,
    section_stats: Mapping[str, TallyLike] | None = None,
    favour_weak: bool = True,
) -> QuestionLike | None:
    """history: question id -> last local date it was this group's daily question.
    on: the local date of the pick (default: the day after the latest in history).
    concept_stats / section_stats: the group's answer tallies (see tally.fold).
    Retired questions are never picked; None when nothing is left."""
    pool = [q for q in questions if q.id not in retired] if retired else list(questions)
    if not pool:
        return None
    rng = random.Random(seed)
    last = _section_last_asked(pool, history)
    unseen = [q for q in pool if q.id not in history] if history else pool
    if not unseen:  # a new question cycle: the questions asked longest ago
        oldest = min(history[q.id] for q in pool)
        unseen = [q for q in pool if history[q.id] == oldest]
    by_section: dict[str, list[QuestionLike]] = {}
    for q in unseen:
        by_section.setdefault(q.section, []).append(q)
    today = on or (max(history.values()) + timedelta(days=1) if history else _FIRST_DAY)
    allowed = _meets_deadlines(by_section, last, history, today)
    yesterday = [s for s in allowed if last.get(s) == today - timedelta(days=1)]
    if len(allowed) > len(yesterday):
        allowed = [s for s in allowed if s not in yesterday]
    rates = (
        error_rates(
            concept_stats or {}, section_stats or {}, {q.concept: q.section for q in pool}
        )
        if favour_weak
        else None
    )
    if rates is None:
        first = min(last.get(s, date.min) for s in allowed)
        section = rng.choice([s for s in allowed if last.get(s, date.min) == first])
    else:
        # A section weighs what its candidate questions weigh on average, so
        # one concept the group keeps missing lifts its section as well.
        weights = [
            sum(rates.of(q) ** SHARPNESS for q in by_section[s]) / len(by_section[s])
            for s in allowed
        ]
        section = rng.choices(allowed, weights=_positive(weights), k=1)[0]
    inside = by_section[section]
    if rates is None:
        return rng.choice(inside)
    weights = [rates.of(q) ** SHARPNESS for q in inside]
    return rng.choices(inside, weights=_positive(weights), k=1)[0]


def _meets_deadlines(
    by_section: Mapping[str, Sequence[QuestionLike]],
    last: Mapping[str, date],
    history: Mapping[str, date],
    today: date,
) -> list[str]:
    """Sections that may be asked today without making another one miss its
    cycle deadline (sorted by name for a stable draw)."""
    names = sorted(by_section)
    cycle = CYCLE_PER_SECTION * len(names)
    start = min(history.values()) if history else today
    slack = {
        s: ((last[s] + timedelta(days=cycle)) if s in last else start + timedelta(days=cycle - 1))
        for s in names
    }
    days_left = {s: (slack[s] - today).days for s in names}
    ordered = sorted(names, key=lambda s: (days_left[s], s))
    if any(days_left[s] < k for k, s in enumerate(ordered)):
        return [ordered[0]]  # already late (a pause, a new deck): earliest deadline first
    allowed = []
    for name in names:
        rest = [s for s in ordered if s != name]
        if all(days_left[s] >= k for k, s in enumerate(rest, start=1)):
            allowed.append(name)
    return allowed or [ordered[0]]


def _wrong_guess(question: QuestionLike) -> float:
    """The chance a blind guess on the question is wrong (a flashcard, with no
    choices, cannot be guessed: 1)."""
    n = len(question.choices)
    return 1 - 1 / n if n > 1 else 1.0


def _positive(weights: list[float]) -> list[float]:
    return weights if sum(weights) > 0 else [1.0] * len(weights)


def _section_last_asked(
    pool: Sequence[QuestionLike], history: Mapping[str, date]
) -> dict[str, date]:
    last: dict[str, date] = {}
    if not history:
        return last
    for q in pool:
        asked = history.get(q.id)
        if asked is not None and asked > last.get(q.section, date.min):
            last[q.section] = asked
    return last
