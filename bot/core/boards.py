"""Boards with each member's current streak, and last week's top when this
week's board is still empty (issue 17: the board emptied every Monday with no
word about the week before)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.core.ports import Repository
from bot.core.records import BoardRow, GroupSettings, Period, Streak, StreakRule
from bot.core.scoring import streak

LAST_WEEK_TOP = 3


async def open_day(repo: Repository, settings: GroupSettings, at: datetime) -> date | None:
    """The local date of the group's post still taking answers at `at`, if any."""
    latest = await repo.latest_post(settings.id)
    return latest.local_date if latest is not None and latest.closes_at > at else None


async def streaks(
    repo: Repository, settings: GroupSettings, today: date, at: datetime
) -> dict[str, Streak]:
    """Every member's streak in the group (user id -> Streak), from one read."""
    posted, days = await repo.streak_days(
        settings.id, right_only=settings.streak_rule is StreakRule.RIGHT
    )
    still_open = await open_day(repo, settings, at)
    return {
        user: streak(posted, counted, still_open, today=today) for user, counted in days.items()
    }


async def board(
    repo: Repository, settings: GroupSettings, period: Period, today: date, at: datetime, limit: int
) -> tuple[list[BoardRow], list[BoardRow]]:
    """(the board with streaks; last week's top few when this week's is empty)."""
    rows = await repo.leaderboard(settings.id, period, today, limit)
    previous: list[BoardRow] = []
    if not rows and period is Period.WEEK:
        previous = await repo.leaderboard(
            settings.id, Period.WEEK, today - timedelta(days=7), LAST_WEEK_TOP
        )
    if not rows:
        return rows, previous
    current = await streaks(repo, settings, today, at)
    return [
        replace(r, streak=current[r.user_id].current if r.user_id in current else 0) for r in rows
    ], previous
