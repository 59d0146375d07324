"""The daily cycle as the tick's due work: reveals, resends, posts (in that
order, so a day's reveal goes out before the next day's question)."""

from __future__ import annotations

from datetime import datetime

from bot.core.daily import REDELIVER_AFTER, DailyRunner
from bot.core.due import next_post_at
from bot.core.ports import Repository
from bot.core.records import GroupSettings


class Reveals:
    name = "reveals"

    def __init__(self, runner: DailyRunner, repository: Repository) -> None:
        self._runner, self._repo = runner, repository

    async def run(self, now: datetime) -> int:
        return await self._runner.reveal_due(now)

    async def next_due(self, now: datetime) -> datetime | None:
        return await self._repo.next_close()


class Resends:
    name = "resends"

    def __init__(self, runner: DailyRunner, repository: Repository) -> None:
        self._runner, self._repo = runner, repository

    async def run(self, now: datetime) -> int:
        return await self._runner.redeliver_due(now)

    async def next_due(self, now: datetime) -> datetime | None:
        oldest = await self._repo.oldest_undelivered_attempt(now)
        return None if oldest is None else oldest + REDELIVER_AFTER


class Posts:
    name = "posts"

    def __init__(self, runner: DailyRunner, repository: Repository) -> None:
        self._runner, self._repo = runner, repository
        # The groups read by `run`, reused by the `next_due` right after it in
        # the same tick: reading 10,000 groups twice per tick costs a second.
        self._groups: list[GroupSettings] | None = None

    async def run(self, now: datetime) -> int:
        if self._repo.shared:  # several processes: each reads only the groups it claims
            return await self._runner.post_claimed(now)
        self._groups = [g for g in await self._repo.scheduled_groups() if not g.paused]
        return await self._runner.post_all_due(self._groups, now)

    async def next_due(self, now: datetime) -> datetime | None:
        if self._repo.shared:
            return await self._repo.next_group_due(now, self._runner.platforms)
        groups, self._groups = self._groups, None
        if groups is None:
            groups = [g for g in await self._repo.scheduled_groups() if not g.paused]
        soonest: datetime | None = None
        latest = await self._repo.latest_posts([g.id for g in groups])
        for settings in groups:
            at = next_post_at(settings, latest.get(settings.id), now)
            if at is not None and (soonest is None or at < soonest):
                soonest = at
        return soonest
