"""Points and streaks: pure rules.

A streak counts consecutive *posted* days: a day the group had no post (paused,
bot down, schedule not set yet) neither adds to nor breaks a streak, so a
weekend pause does not cost anyone their streak. Today's post, while still
open, does not break a streak before the member had a chance to answer.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from bot.core.records import Streak

POINTS_RIGHT = 10
POINTS_WRONG = 0


def points_for(correct: bool) -> int:
    return POINTS_RIGHT if correct else POINTS_WRONG


def streak(posted: Sequence[date], counted: Collection[date], open_day: date | None) -> Streak:
    """`posted`: the group's post dates ascending; `counted`: the days the member's
    answer counted; `open_day`: the date of a post still accepting answers."""
    best = run = 0
    for day in posted:
        if day in counted:
            run += 1
            best = max(best, run)
        elif day != open_day:
            run = 0
    current = 0
    for day in reversed(posted):
        if day in counted:
            current += 1
        elif day == open_day and current == 0:
            continue
        else:
            break
    return Streak(current=current, best=best)
