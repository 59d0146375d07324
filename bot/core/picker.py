"""The plain daily choice: pure, over the bank and the group's history.

Since issue 7 the daily pick is bot.learning.group_pick (weak spots) and
practice is bot.learning.practice (spaced repetition); this one remains the
fallback when every question is retired (bot.core.learning.Learner).

Never repeat until every active question has been asked, then the least
recently asked; among unseen questions prefer the section asked longest ago, so
consecutive days move around the deck. Choices are seeded, so a
given group and date always get the same question (reproducible tests, and a
retried post picks what the first try picked).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from datetime import date

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

