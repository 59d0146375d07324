"""Which question to ask: pure choice over the bank and the group's history.

Daily: never repeat until every active question has been asked, then the least
recently asked; among unseen questions prefer the section asked longest ago, so
consecutive days move around the deck. Practice: what the member has not
practised yet, else what they practised longest ago. Choices are seeded, so a
given group and date always get the same question (reproducible tests, and a
retried post picks what the first try picked).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime

from bot.core.ports import QuestionLike


def active(questions: Sequence[QuestionLike], retired: Collection[str]) -> list[QuestionLike]:
    """Questions still in rotation (all of them if every one was retired)."""
    live = [q for q in questions if q.id not in retired]
    return live or list(questions)


def pick_daily(
    questions: Sequence[QuestionLike],
    retired: Collection[str],
    history: Mapping[str, date],
    seed: str,
) -> QuestionLike | None:
    pool = active(questions, retired)
    if not pool:
        return None
    rng = random.Random(seed)
    unseen = [q for q in pool if q.id not in history]
    if unseen:
        section_last: dict[str, date] = {}
        for q in pool:
            asked = history.get(q.id)
            if asked is not None and (
                q.section not in section_last or asked > section_last[q.section]
            ):
                section_last[q.section] = asked
        sections = sorted(
            {q.section for q in unseen}, key=lambda s: (section_last.get(s, date.min), s)
        )
        oldest = section_last.get(sections[0], date.min)
        tied = [s for s in sections if section_last.get(s, date.min) == oldest]
        section = rng.choice(tied)
        return rng.choice([q for q in unseen if q.section == section])
    oldest_day = min(history[q.id] for q in pool)
    return rng.choice([q for q in pool if history[q.id] == oldest_day])


def pick_practice(
    questions: Sequence[QuestionLike],
    retired: Collection[str],
    practised: Mapping[str, datetime],
    seed: str,
) -> QuestionLike | None:
    pool = active(questions, retired)
    if not pool:
        return None
    rng = random.Random(seed)
    fresh = [q for q in pool if q.id not in practised]
    if fresh:
        return rng.choice(fresh)
    return min(pool, key=lambda q: (practised[q.id], rng.random()))
