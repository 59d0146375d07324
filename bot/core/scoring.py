"""Points and streaks: pure rules.

A streak counts consecutive *posted* days: a day the group had no post (paused,
bot down, schedule not set yet) neither adds to nor breaks a streak, so a
weekend pause does not cost anyone their streak. Today's post, while still
open, does not break a streak before the member had a chance to answer, and
one missed day a week is frozen (see `streak`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta

from bot.core.records import Streak

POINTS_RIGHT = 10
POINTS_WRONG = 0


def points_for(correct: bool) -> int:
    return POINTS_RIGHT if correct else POINTS_WRONG


def week_of(day: date) -> date:
    """The Monday that starts `day`'s week (boards and freezes use the same weeks)."""
    return day - timedelta(days=day.weekday())


def streak(
    posted: Sequence[date],
    counted: Collection[date],
    open_day: date | None,
    *,
    today: date | None = None,
) -> Streak:
    """`posted`: the group's post dates ascending; `counted`: the days the member's
    answer counted; `open_day`: the date of a post still accepting answers;
    `today`: the group's local date, for whether this week's freeze is left.

    A streak freeze: one missed day per week (Monday to Sunday) neither adds to
    nor breaks a running streak, as language-learning apps do. It is spent on
    the first missed day of the week while a streak runs; a second miss that
    week ends the streak.
    """
    best = run = 0
    frozen: list[date] = []  # frozen days of the running streak
    spent: set[date] = set()  # weeks whose freeze is used
    for day in posted:
        if day in counted:
            run += 1
            best = max(best, run)
        elif day == open_day:
            continue
        elif run > 0 and week_of(day) not in spent:
            spent.add(week_of(day))
            frozen.append(day)
        else:
            run = 0
            frozen = []
    this_week = week_of(today if today is not None else (posted[-1] if posted else date.min))
    return Streak(
        current=run,
        best=best,
        frozen=tuple(frozen),
        freeze_left=this_week not in spent,
    )
