"""The group's daily question: no repeats within a cycle, spread, weak spots.

A cycle lasts until every question in rotation has been the daily question
once; until then only unseen questions are candidates, afterwards the ones
asked longest ago. Among unseen questions:

- favour_weak off: the section asked longest ago (never asked first), then any
  of its unseen questions, so consecutive days move around the deck;
- favour_weak on (the default): sections asked in the last few posts sit out,
  and each remaining question is drawn with weight 1 + WEAK_GAIN x the group's
  error rate on its concept (on its section when the concept was never asked),
  smoothed by the same prior as everywhere here. A concept the group always
  misses comes back about five times as often as one it always gets right.

Draws use `random.Random(seed)`, so a group and date always get the same pick.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from bot.core.ports import QuestionLike
from bot.learning.tally import TallyLike, smoothed_accuracy

WEAK_GAIN = 4.0
# How many of the most recently asked sections sit out when favouring weak spots.
RECENT_SECTIONS = 3


def pick_group_question(
    questions: Sequence[QuestionLike],
    retired: Collection[str],
    history: Mapping[str, date],
    seed: str,
    *,
    concept_stats: Mapping[str, TallyLike] | None = None,
    section_stats: Mapping[str, TallyLike] | None = None,
    favour_weak: bool = True,
) -> QuestionLike | None:
    """history: question id -> last local date it was this group's daily question.
    concept_stats / section_stats: the group's answer tallies (see tally.fold).
    Retired questions are never picked; None when nothing is left."""
    # Every group's pick scans the whole bank (10,000 groups at the post time),
    # so the common cases skip the scans: nothing retired, nothing asked yet.
    pool = [q for q in questions if q.id not in retired] if retired else list(questions)
    if not pool:
        return None
    rng = random.Random(seed)
    unseen = [q for q in pool if q.id not in history] if history else pool
    if not unseen:
        oldest = min(history[q.id] for q in pool)
        return rng.choice([q for q in pool if history[q.id] == oldest])

    last_asked = _section_last_asked(pool, history)
    if not favour_weak:
        sections = sorted({q.section for q in unseen})
        first = min(last_asked.get(s, date.min) for s in sections)
        section = rng.choice([s for s in sections if last_asked.get(s, date.min) == first])
        return rng.choice([q for q in unseen if q.section == section])

    recent = set(sorted(last_asked, key=lambda s: last_asked[s], reverse=True)[:RECENT_SECTIONS])
    eligible = [q for q in unseen if q.section not in recent] if recent else unseen
    eligible = eligible or unseen
    if not concept_stats and not section_stats:
        # No answers yet: every weight is the same, and `choices` without weights
        # draws the same index as with equal ones, only without ~350 weight calls.
        return rng.choices(eligible, k=1)[0]
    by_concept = concept_stats or {}
    by_section = section_stats or {}
    # One weight per (concept, section), not per question: many questions share one.
    memo: dict[tuple[str, str], float] = {}
    weights = []
    for q in eligible:
        key = (q.concept, q.section)
        weight = memo.get(key)
        if weight is None:
            weight = memo[key] = weakness_weight(q, by_concept, by_section)
        weights.append(weight)
    return rng.choices(eligible, weights=weights, k=1)[0]


def weakness_weight(
    question: QuestionLike,
    concept_stats: Mapping[str, TallyLike],
    section_stats: Mapping[str, TallyLike],
) -> float:
    tally = concept_stats.get(question.concept)
    if tally is None or tally.answered == 0:
        tally = section_stats.get(question.section)
    return 1.0 + WEAK_GAIN * (1.0 - smoothed_accuracy(tally))


def _section_last_asked(
    pool: Sequence[QuestionLike], history: Mapping[str, date]
) -> dict[str, date]:
    last: dict[str, date] = {}
    if not history:
        return last
    # Only asked questions matter; pool order keeps the dict order (ties in sorts).
    for q in [q for q in pool if q.id in history]:
        asked = history[q.id]
        if asked > last.get(q.section, date.min):
            last[q.section] = asked
    return last
