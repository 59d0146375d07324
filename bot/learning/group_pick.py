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
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True, eq=False)
class Pool:
    """The questions a group may be asked, indexed once per deck (not once per
    group): a daily fan-out picks for thousands of groups from the same bank,
    and indexing 200 questions per group cost more than everything else a post
    does. Build it with `pool_of`; picks from it equal picks from the list."""

    questions: tuple[QuestionLike, ...]
    by_section: Mapping[str, tuple[QuestionLike, ...]]  # first-seen order, bank order inside
    section_of: Mapping[str, str]  # question id -> section
    concept_sections: Mapping[str, str]  # concept -> section (the last question's, as before)
    concept_in: Mapping[str, frozenset[str]]  # concept -> every section it has questions in
    # Weight tables by (section rate / TYPICAL_WRONG_GUESS): number of choices ->
    # weight. Groups share them (all those without answers share one).
    tables: dict[float, _ChoicesTable] = field(default_factory=dict, compare=False)


def pool_of(questions: Sequence[QuestionLike], retired: Collection[str]) -> Pool:
    kept = tuple(q for q in questions if q.id not in retired) if retired else tuple(questions)
    by_section: dict[str, list[QuestionLike]] = {}
    concept_in: dict[str, set[str]] = {}
    for q in kept:
        by_section.setdefault(q.section, []).append(q)
        concept_in.setdefault(q.concept, set()).add(q.section)
    return Pool(
        questions=kept,
        by_section={s: tuple(qs) for s, qs in by_section.items()},
        section_of={q.id: q.section for q in kept},
        concept_sections={q.concept: q.section for q in kept},
        concept_in={c: frozenset(ss) for c, ss in concept_in.items()},
    )


def pick_group_question(
    questions: Sequence[QuestionLike] | Pool,
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
    Retired questions are never picked; None when nothing is left. `questions`
    may be a `Pool` already built with `retired` (then `retired` is not read again)."""
    pool = questions if isinstance(questions, Pool) else pool_of(questions, retired)
    if not pool.questions:
        return None
    rng = _seeded(seed)
    last = _section_last_asked(pool, history)
    by_section = _unseen_by_section(pool, history)
    today = on or (max(history.values()) + timedelta(days=1) if history else _FIRST_DAY)
    first_day = min(history.values()) if history else today
    rates = (
        error_rates(concept_stats or {}, section_stats or {}, pool.concept_sections)
        if favour_weak
        else None
    )
    if rates is not None:
        # A section weighs what its candidate questions weigh on average, so
        # one concept the group keeps missing lifts its section as well.
        weigh = _Weigher(pool, rates)
        allowed = _allowed(by_section, last, first_day, today)
        weights = [weigh.mean(s, by_section[s]) for s in allowed]
        section = rng.choices(allowed, weights=_positive(weights), k=1)[0]
    else:
        section = rng.choice(_oldest_allowed(by_section, last, first_day, today))
    inside = by_section[section]
    if rates is None:
        return rng.choice(inside)
    # Each candidate weighs its own expected error: without concept answers the
    # section's rate scaled by how hard the question is to guess (Rates.of).
    weights = weigh.weights(section, inside)
    return rng.choices(inside, weights=_positive(weights), k=1)[0]


_RNG = random.Random()


def _seeded(seed: str) -> random.Random:
    """One generator, seeded again per pick: the state `random.Random(seed)`
    would start in (seeding sets all of it), without making a generator per
    group, which seeds twice (once from the seed's hash, then from the seed).
    The picks draw from it without yielding, so none shares it halfway."""
    _RNG.seed(seed)
    return _RNG


class _Weigher:
    """`Rates.of(q) ** SHARPNESS` for one group's candidates, the same numbers
    computed from a table instead of per question: a question without its own
    concept rate weighs what its section's rate and its number of choices say,
    so a section needs one table (shared by every group with that rate), and
    only the sections holding a concept the group answered look at concepts.
    A fan-out weighs about 140 questions per group; through Rates.of that was
    most of a 10,000-group fan-out's CPU time."""

    __slots__ = ("_overall", "_own", "_own_in", "_pool", "_sections")

    def __init__(self, pool: Pool, rates: Rates) -> None:
        self._pool = pool
        self._sections = rates.sections
        self._own = rates.concepts
        self._own_in = {s for c in self._own for s in pool.concept_in.get(c, ())}
        self._overall = self._table_at(rates.overall)  # sections the group never answered

    def weights(self, section: str, candidates: Sequence[QuestionLike]) -> list[float]:
        table = self._table(section)
        if section not in self._own_in:
            return [table[len(q.choices)] for q in candidates]
        own = self._own
        return [
            own[q.concept] ** SHARPNESS if q.concept in own else table[len(q.choices)]
            for q in candidates
        ]

    def mean(self, section: str, candidates: Sequence[QuestionLike]) -> float:
        whole = section not in self._own_in and candidates is self._pool.by_section.get(section)
        if whole:  # the section's own candidates at the section's rate: shared
            means = self._table(section).means
            hit = means.get(section)
            if hit is not None:
                return hit
        total: float = sum(self.weights(section, candidates))
        mean = total / len(candidates)
        if whole:
            means[section] = mean
        return mean

    def _table(self, section: str) -> _ChoicesTable:
        rate = self._sections.get(section)
        return self._overall if rate is None else self._table_at(rate)

    def _table_at(self, rate: float) -> _ChoicesTable:
        """Number of choices -> weight, as Rates.of computes it without a concept rate."""
        unknown = rate / TYPICAL_WRONG_GUESS
        tables = self._pool.tables
        table = tables.get(unknown)
        if table is None:
            if len(tables) >= _MAX_TABLES:
                tables.clear()
            table = tables[unknown] = _ChoicesTable(unknown)
        return table


class _ChoicesTable(dict[int, float]):
    """Filled on first use of each number of choices (decks may hold any)."""

    __slots__ = ("_unknown", "means")

    def __init__(self, unknown: float) -> None:
        super().__init__()
        self._unknown = unknown
        self.means: dict[str, float] = {}  # section -> mean weight of all its questions

    def __missing__(self, n: int) -> float:
        wrong_guess = 1 - 1 / n if n > 1 else 1.0  # as _wrong_guess
        weight: float = min(1.0, self._unknown * wrong_guess) ** SHARPNESS
        self[n] = weight
        return weight


_MAX_TABLES = 4096


def _unseen_by_section(
    pool: Pool, history: Mapping[str, date]
) -> Mapping[str, Sequence[QuestionLike]]:
    """Rule 4's candidates by section: the questions not asked yet, or (a new
    cycle) those asked longest ago. Only the sections the history touches are
    filtered; the others are the pool's own lists."""
    if not history:
        return pool.by_section
    section_of = pool.section_of
    touched = {section_of[qid] for qid in history if qid in section_of}
    if len(touched) == 0:
        return pool.by_section
    asked = sum(1 for qid in history if qid in section_of)
    if asked < len(pool.questions):
        # The pool's own lists in the pool's order, the touched ones filtered
        # (a copy, then a few changes: most groups touched a few sections).
        out: dict[str, Sequence[QuestionLike]] = dict(pool.by_section)
        for name in touched:
            left = [q for q in pool.by_section[name] if q.id not in history]
            if left:
                out[name] = left
            else:
                del out[name]
        return out
    oldest = min(history[q.id] for q in pool.questions)  # a new question cycle
    cycle: dict[str, list[QuestionLike]] = {}
    for q in pool.questions:
        if history[q.id] == oldest:
            cycle.setdefault(q.section, []).append(q)
    return cycle


_OLDEST: dict[object, list[str]] = {}
_MAX_OLDEST = 4096


def _oldest_allowed(
    by_section: Mapping[str, Sequence[QuestionLike]],
    last: Mapping[str, date],
    first_day: date,
    today: date,
) -> list[str]:
    """Rules 1-3 for `weak off`: the allowed sections asked longest ago,
    remembered by everything they read, since many groups share them (all
    those that never posted, on the same day)."""
    key = (
        tuple(by_section),
        tuple(map(len, by_section.values())),  # the deadlines depend on the candidates' count
        frozenset(last.items()),
        first_day,
        today,
    )
    oldest = _OLDEST.get(key)
    if oldest is not None:
        return oldest
    allowed = _allowed(by_section, last, first_day, today)
    first = min(last.get(s, date.min) for s in allowed)
    oldest = [s for s in allowed if last.get(s, date.min) == first]
    if len(_OLDEST) >= _MAX_OLDEST:
        _OLDEST.clear()
    _OLDEST[key] = oldest
    return oldest


_ALLOWED: dict[object, tuple[str, ...]] = {}


def _allowed(
    by_section: Mapping[str, Sequence[QuestionLike]],
    last: Mapping[str, date],
    first_day: date,
    today: date,
) -> tuple[str, ...]:
    """Rules 1 and 2, remembered by everything they read: in a fan-out most
    groups share them (all those that never posted; those that posted on the
    same days), and working them out was a third of a pick."""
    key = (tuple(by_section), frozenset(last.items()), first_day, today)
    allowed = _ALLOWED.get(key)
    if allowed is None:
        if len(_ALLOWED) >= _MAX_OLDEST:
            _ALLOWED.clear()
        allowed = _ALLOWED[key] = tuple(_allowed_now(by_section, last, first_day, today))
    return allowed


def _allowed_now(
    by_section: Mapping[str, Sequence[QuestionLike]],
    last: Mapping[str, date],
    first_day: date,
    today: date,
) -> list[str]:
    """Rules 1 and 2: the sections that meet the deadlines, without yesterday's
    when another may be drawn."""
    allowed = _meets_deadlines(by_section, last, first_day, today)
    if last:
        before = today - timedelta(days=1)
        yesterday = [s for s in allowed if last.get(s) == before]
        if len(allowed) > len(yesterday):
            allowed = [s for s in allowed if s not in yesterday]
    return allowed


def _meets_deadlines(
    by_section: Mapping[str, Sequence[QuestionLike]],
    last: Mapping[str, date],
    first_day: date,
    today: date,
) -> list[str]:
    """Sections that may be asked today without making another one miss its
    cycle deadline (sorted by name for a stable draw). `first_day`: the first
    day in the group's history (today when it has none)."""
    names = sorted(by_section)
    cycle = CYCLE_PER_SECTION * len(names)
    # Days as ordinals: this runs once per group of a fan-out.
    t = today.toordinal()
    never = first_day.toordinal() + cycle - 1 - t
    if last:
        days_left = {
            s: (last[s].toordinal() + cycle - t) if s in last else never for s in names
        }
        ordered = sorted(names, key=days_left.__getitem__)  # stable: ties by name
    else:  # nothing asked yet: every section has the same deadline
        days_left = dict.fromkeys(names, never)
        ordered = names
    left = [days_left[s] for s in ordered]
    if any(d < k for k, d in enumerate(left)):
        return [ordered[0]]  # already late (a pause, a new deck): earliest deadline first
    # Asking section i today moves every later deadline one day earlier in the
    # queue: the ones before i must have a day to spare (d >= k + 1), the ones
    # after it only their place (d >= k, checked above). Prefix test: O(n).
    allowed_at: set[str] = set()
    spare = True
    for k, s in enumerate(ordered):
        if spare:
            allowed_at.add(s)
        spare = spare and left[k] >= k + 1
    allowed = [name for name in names if name in allowed_at]
    return allowed or [ordered[0]]


def _wrong_guess(question: QuestionLike) -> float:
    """The chance a blind guess on the question is wrong (a flashcard, with no
    choices, cannot be guessed: 1)."""
    n = len(question.choices)
    return 1 - 1 / n if n > 1 else 1.0


def _positive(weights: list[float]) -> list[float]:
    return weights if sum(weights) > 0 else [1.0] * len(weights)


def _section_last_asked(pool: Pool, history: Mapping[str, date]) -> dict[str, date]:
    last: dict[str, date] = {}
    for qid, asked in history.items():
        section = pool.section_of.get(qid)
        if section is not None and asked > last.get(section, date.min):
            last[section] = asked
    return last
