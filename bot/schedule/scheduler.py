"""APScheduler 3.11 behind a small class: one cron job per group, plus a safety net.

The database is the source of truth for schedules: jobs live in APScheduler's
memory store and are rebuilt from `DailyCycle.schedules()` at start-up, and a
group's job is replaced whenever the core reports a schedule change.

Nothing here guards against double posts: `DailyCycle` is idempotent (one post
per group per local date, enforced by the database). That matters because a
daily cron job inside the repeated DST fall-back hour fires twice, and because a
job that fired while the bot was down is never replayed by APScheduler: the
start-up catch-up and a periodic safety-net job (`catch_up`) cover that.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.core.clock import Clock, next_slot, safe_zone
from bot.core.ports import DailyCycle, GroupSchedule
from bot.core.types import GroupRef

log = logging.getLogger(__name__)

SAFETY_NET_JOB = "studybot:catch-up"
# A post that fires late (event loop busy, machine asleep) still goes out within
# this grace; beyond it the safety net's catch_up decides (window still open?).
MISFIRE_GRACE_SECONDS = 6 * 3600
# On close, jobs already running (a fan-out to thousands of groups) get this long
# to finish: APScheduler's shutdown cancels them, which would leave posts sent but
# not marked delivered (catch-up then sends them again after the restart).
CLOSE_GRACE_SECONDS = 10.0


def job_id(group: GroupRef) -> str:
    return f"daily:{group.key}"


def daily_trigger(schedule: GroupSchedule) -> CronTrigger:
    """The cron trigger for a group's daily post, in the group's own zone.

    Raises ValueError for an unknown time zone (the core validates zones before
    saving them; this is the last line of defence for a hand-edited database).
    """
    try:
        zone = ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {schedule.timezone!r}") from exc
    post = schedule.post_time
    return _cron(post.hour, post.minute, post.second, zone)


@functools.lru_cache(maxsize=4096)
def _cron(hour: int, minute: int, second: int, zone: ZoneInfo) -> CronTrigger:
    """Groups with the same time and zone share one trigger (it holds no state):
    building 10,000 CronTriggers was a third of a 10,000-group start-up."""
    return CronTrigger(hour=hour, minute=minute, second=second, timezone=zone)


class DailyScheduler:
    """Drives a `DailyCycle` from real time; implements `ScheduleListener`.

    `clock` is what the jobs pass to the cycle as "now" (the shell's simulated
    clock in `--clock` sessions, UTC wall time otherwise).
    """

    def __init__(
        self,
        cycle: DailyCycle,
        *,
        clock: Clock,
        safety_net_seconds: float = 60.0,
    ) -> None:
        self._cycle = cycle
        self._clock = clock
        self._safety_net_seconds = safety_net_seconds
        self.aps = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": MISFIRE_GRACE_SECONDS,
            },
        )
        self._schedules: dict[str, GroupSchedule] = {}
        self._running: set[asyncio.Task[object]] = set()

    @property
    def clock(self) -> Clock:
        return self._clock

    # --- lifecycle -------------------------------------------------------

    async def start(self) -> None:
        """Rebuild the jobs from the database, catch up on anything missed while
        the bot was down, then start firing jobs on the running event loop."""
        await self.rebuild()
        await self.catch_up()
        self.aps.add_job(
            self._safety_net,
            IntervalTrigger(seconds=self._safety_net_seconds, timezone=UTC),
            id=SAFETY_NET_JOB,
            name="catch-up safety net",
            replace_existing=True,
        )
        self.aps.start()

    async def close(self) -> None:
        if self.aps.running:
            self.aps.pause()  # nothing new starts while running jobs finish
            running = {task for task in self._running if not task.done()}
            if running:
                await asyncio.wait(running, timeout=CLOSE_GRACE_SECONDS)
            # AsyncIOScheduler.shutdown is scheduled on the loop; wait=False because
            # a running job is a coroutine on this loop that shutdown cannot join.
            self.aps.shutdown(wait=False)
            await asyncio.sleep(0)  # let the loop run the shutdown it was handed

    # --- jobs ------------------------------------------------------------

    async def rebuild(self) -> None:
        """Replace every daily job with what the database says now."""
        schedules = await self._cycle.schedules()
        for job in self.aps.get_jobs():
            if job.id != SAFETY_NET_JOB:
                job.remove()
        self._schedules.clear()
        for schedule in schedules:
            self._install(schedule)

    async def schedule_changed(self, schedule: GroupSchedule) -> None:
        self._install(schedule)

    def _install(self, schedule: GroupSchedule) -> None:
        key = job_id(schedule.group)
        # `_schedules` holds exactly the groups that have a job. Asking APScheduler
        # instead (get_job) scans every pending job before the scheduler starts:
        # rebuilding 10,000 groups at start-up took seconds (O(n^2)).
        if self._schedules.pop(key, None) is not None:
            self.aps.remove_job(key)
        if schedule.paused:
            return
        try:
            trigger = daily_trigger(schedule)
        except ValueError as exc:
            log.warning("no daily job for %s: %s", schedule.group.key, exc)
            return
        self._schedules[key] = schedule
        self.aps.add_job(
            self._post,
            trigger,
            args=(schedule.group,),
            id=key,
            name=f"daily post {schedule.group.key}",
            replace_existing=True,
        )

    def schedules(self) -> list[GroupSchedule]:
        """The schedules that currently have a job (paused groups have none)."""
        return list(self._schedules.values())

    def next_post_time(self, group: GroupRef) -> datetime | None:
        """When the group's next daily post is due (UTC) by the injected clock,
        or None without a job."""
        schedule = self._schedules.get(job_id(group))
        if schedule is None:
            return None
        return next_slot(self._clock(), schedule.post_time, safe_zone(schedule.timezone))

    def fire_times(self, start: datetime, end: datetime) -> list[tuple[datetime, GroupRef]]:
        """Every daily fire time in (start, end], in order, computed with the jobs'
        own cron triggers: what the scheduler would have done over that span."""
        found: list[tuple[datetime, GroupRef]] = []
        for key, schedule in self._schedules.items():
            job = self.aps.get_job(key)
            if job is None:
                continue
            trigger = job.trigger
            previous: datetime | None = None
            now = start
            while True:
                when = trigger.get_next_fire_time(previous, now)
                if when is None or when > end:
                    break
                if when > start:
                    found.append((when.astimezone(UTC), schedule.group))
                previous = when
                now = when
        found.sort(key=lambda item: item[0])
        return found

    async def run_until(
        self, start: datetime, end: datetime, set_clock: Callable[[datetime], None]
    ) -> int:
        """Play the daily cycle from `start` to `end` as the running bot would:
        the safety net's catch-up at `start`, each daily job at its own fire time,
        the catch-up at `end`. Returns the number of daily fire times played."""
        await self.catch_up(start)
        fired = self.fire_times(start, end)
        for when, group in fired:
            set_clock(when)
            await self._run_post(group, when)
        set_clock(end)
        await self.catch_up(end)
        return len(fired)

    async def _post(self, group: GroupRef) -> None:
        with self._tracked():
            await self._run_post(group, self._clock())

    async def _safety_net(self) -> None:
        with self._tracked():
            await self.catch_up()

    @contextlib.contextmanager
    def _tracked(self) -> Iterator[None]:
        """Remember the running job's task, so that close() can let it finish."""
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._running.discard(task)

    async def _run_post(self, group: GroupRef, now: datetime) -> None:
        try:
            await self._cycle.post_daily(group, now)
        except Exception:
            # One group's failure must not stop the others; the safety net retries.
            log.exception("daily post for %s failed", group.key)

    async def catch_up(self, now: datetime | None = None) -> None:
        try:
            await self._cycle.catch_up(self._clock() if now is None else now)
        except Exception:
            log.exception("catch-up failed")
