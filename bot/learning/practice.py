"""Which question a member practises next: what is due today, new material on a
daily budget, then their weak spots.

"Today" is the member's local day (`srs.LocalDay`, the group's zone): a card is
due when its due time comes before the day ends. Order:

1. a concept the member missed last time and that is due today, the most
   forgotten first (lowest fsrs retrievability): a miss is asked again the
   next local day, before anything else, never queued behind a backlog;
2. new material (a concept the member has no card for), while fewer than
   `new_per_day` concepts were started today, one new concept after every
   REVIEWS_PER_NEW reviews (the group's setting, default 0: new material
   only when nothing is due, see NEW_PER_DAY);
3. the other concepts due today, the one most likely still recalled first
   (highest fsrs retrievability). Measured (`make sim`): with a backlog,
   serving the most forgotten first spends the reviews on concepts that are
   mostly lost and relearnt; the most recallable first keeps the most
   concepts, 12.3 against 10.1 recalled per member at day 60 (2 seeds);
4. new material beyond the budget when nothing is due, from the member's
   weakest section (accuracy smoothed by a prior, so one unlucky answer does
   not decide it);
5. when nothing is due and nothing is new, the concept due soonest (reviewing
   a little early beats showing nothing).

Within a concept the question the member practised longest ago (or never) is
asked. The question just shown is skipped whenever another one would do.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.core.ports import QuestionLike
from bot.learning.srs import CardState, LocalDay, retrievability
from bot.learning.tally import TallyLike, smoothed_accuracy

# The default daily budget of new concepts beside the reviews. 0: new material
# only when nothing is due. Measured (`make sim`, 2 seeds): one new concept a
# day beside the reviews meets 61 concepts instead of 45 in 60 days but keeps
# fewer (8.4 against 10.1 recalled at day 60), so groups opt in (`settings new N`).
NEW_PER_DAY = 0
REVIEWS_PER_NEW = 2


def pick_practice(
    candidates: Sequence[QuestionLike],
    cards: Mapping[str, CardState],
    answered_stats: Mapping[str, TallyLike],
    now: datetime,
    rng: random.Random,
    *,
    day: LocalDay | None = None,
    new_per_day: int | None = None,
    last_shown: str | None = None,
    practised: Mapping[str, datetime] | None = None,
) -> str | None:
    """The id of the question to show, or None when `candidates` is empty.

    candidates: questions practice may serve (see Learner: retired questions only
    where their concept has nothing else). cards: the member's cards by concept.
    answered_stats: the member's tallies by section. day: the member's local day
    (default: the UTC day around `now`). new_per_day: the budget of new concepts
    (default NEW_PER_DAY). practised: question id -> when the
    member last practised it (the store's practice_history), used only to vary
    questions within a concept.
    """
    pool = [q for q in candidates if q.id != last_shown] or list(candidates)
    if not pool:
        return None
    today = day or LocalDay.around(now)
    budget = NEW_PER_DAY if new_per_day is None else new_per_day
    seen = practised or {}
    by_concept: dict[str, list[QuestionLike]] = {}
    for q in pool:
        by_concept.setdefault(q.concept, []).append(q)

    due = sorted(
        (retrievability(card, now), card.due, concept)
        for concept, card in cards.items()
        if concept in by_concept and card.due_on(today)
    )
    missed = [concept for _, _, concept in due if cards[concept].missed_last]
    if missed:
        return _least_recent(by_concept[missed[0]], seen, rng)
    due.reverse()  # the others: the most likely recalled first

    new = [q for q in pool if q.concept not in cards]
    started, reviewed = _today_counts(cards, today)
    budget_left = started < budget and reviewed >= REVIEWS_PER_NEW * started
    if new and (budget_left or not due):
        return _least_recent(_weakest_section(new, answered_stats, rng), seen, rng)
    if due:
        return _least_recent(by_concept[due[0][2]], seen, rng)

    soonest = min((cards[c].due, c) for c in by_concept if c in cards)
    return _least_recent(by_concept[soonest[1]], seen, rng)


def _today_counts(cards: Mapping[str, CardState], day: LocalDay) -> tuple[int, int]:
    """(concepts started today, concepts reviewed today): a card answered for the
    first time today has one answer and its last review today."""
    started = reviewed = 0
    for card in cards.values():
        if day.contains(card.last_review):
            if card.reps <= 1:
                started += 1
            else:
                reviewed += 1
    return started, reviewed


def _weakest_section(
    new: Sequence[QuestionLike], stats: Mapping[str, TallyLike], rng: random.Random
) -> list[QuestionLike]:
    sections = sorted({q.section for q in new})
    scores = {s: smoothed_accuracy(stats.get(s)) for s in sections}
    lowest = min(scores.values())
    section = rng.choice([s for s in sections if scores[s] == lowest])
    return [q for q in new if q.section == section]


def _least_recent(
    questions: Sequence[QuestionLike], seen: Mapping[str, datetime], rng: random.Random
) -> str:
    never = [q for q in questions if q.id not in seen]
    if never:
        return rng.choice(never).id
    oldest = min(seen[q.id] for q in questions)
    return rng.choice([q for q in questions if seen[q.id] == oldest]).id
