"""Which question a member practises next: what is due, then their weak spots.

Order: (1) concepts whose card is due, most overdue first; (2) new material
(concepts the member has no card for) from their weakest section, accuracy
smoothed by a prior so one unlucky answer does not decide it; (3) when nothing
is due and nothing is new, the concept due soonest (reviewing a little early
beats showing nothing). Within a concept the question the member practised
longest ago (or never) is asked. The question just shown is skipped whenever
another one would do.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.core.ports import QuestionLike
from bot.learning.srs import CardState
from bot.learning.tally import TallyLike, smoothed_accuracy


def pick_practice(
    candidates: Sequence[QuestionLike],
    cards: Mapping[str, CardState],
    answered_stats: Mapping[str, TallyLike],
    now: datetime,
    rng: random.Random,
    *,
    last_shown: str | None = None,
    practised: Mapping[str, datetime] | None = None,
) -> str | None:
    """The id of the question to show, or None when `candidates` is empty.

    candidates: questions in rotation (retired ones already left out).
    cards: the member's cards by concept. answered_stats: the member's tallies by
    section. practised: question id -> when the member last practised it (the
    store's practice_history), used only to vary questions within a concept.
    """
    pool = [q for q in candidates if q.id != last_shown] or list(candidates)
    if not pool:
        return None
    seen = practised or {}
    by_concept: dict[str, list[QuestionLike]] = {}
    for q in pool:
        by_concept.setdefault(q.concept, []).append(q)

    due = sorted(
        (card.due, concept)
        for concept, card in cards.items()
        if concept in by_concept and card.is_due(now)
    )
    if due:
        return _least_recent(by_concept[due[0][1]], seen, rng)

    new = [q for q in pool if q.concept not in cards]
    if new:
        sections = sorted({q.section for q in new})
        scores = {s: smoothed_accuracy(answered_stats.get(s)) for s in sections}
        lowest = min(scores.values())
        section = rng.choice([s for s in sections if scores[s] == lowest])
        return _least_recent([q for q in new if q.section == section], seen, rng)

    soonest = min((cards[c].due, c) for c in by_concept if c in cards)
    return _least_recent(by_concept[soonest[1]], seen, rng)


def _least_recent(
    questions: Sequence[QuestionLike], seen: Mapping[str, datetime], rng: random.Random
) -> str:
    never = [q for q in questions if q.id not in seen]
    if never:
        return rng.choice(never).id
    oldest = min(seen[q.id] for q in questions)
    return rng.choice([q for q in questions if seen[q.id] == oldest]).id
