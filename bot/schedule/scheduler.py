"""APScheduler 3.11 drives one periodic job: the core's tick.

The core decides what is due from (stored state, now) and says when to wake
next (`bot.core.tick`); this class only makes sure a tick runs then. One job,
`studybot:tick`, fires at least every `max_sleep` seconds and is moved earlier
to the wake-up each tick asks for. No per-group jobs: a schedule change is
read from the store at the next tick, and `schedule_changed` only brings that
tick forward. Double posts are impossible here by construction: the store
claims each piece of due work (see bot.core.ports.Repository).

Two clocks meet here and nowhere else. `clock` (injected: the system clock in
production, a simulated one in the shell and in tests) is what the tick is
told "now" is; `wall` is the system clock APScheduler itself runs on, used
only to say when the job should run next.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.core.clock import Clock, system_clock
from bot.core.ports import GroupSchedule
from bot.core.tick import Tick, TickReport

log = logging.getLogger(__name__)

TICK_JOB = "studybot:tick"
MAX_SLEEP_SECONDS = 60.0  # a tick at least this often, whatever the wake-ups say
MIN_SLEEP_SECONDS = 0.05  # never spin: work that stays due waits this long
# On close, a running tick (a fan-out to thousands of groups) gets this long to
# finish: cancelling it would leave posts sent but not marked delivered.
CLOSE_GRACE_SECONDS = 10.0


class TickScheduler:
    """Runs `tick` on APScheduler; implements `ScheduleListener`."""

    def __init__(
        self,
        *,
        clock: Clock,
        wall: Clock = system_clock,
        max_sleep: float = MAX_SLEEP_SECONDS,
    ) -> None:
        self._clock = clock
        self._wall = wall
        self._max_sleep = max_sleep
        self._tick: Tick | None = None
        self._lock = asyncio.Lock()
        self._running: set[asyncio.Task[object]] = set()
        self.last: TickReport | None = None
        self.started = 0  # ticks begun, in order; `last_seq` is the last one finished
        self.last_seq = 0
        self.ticked = asyncio.Condition()
        self.aps = AsyncIOScheduler(
            timezone=UTC,
            # Two instances: a wake-up that comes while a tick runs is queued
            # behind it (ticks serialise on a lock) instead of being dropped.
            job_defaults={"coalesce": True, "max_instances": 2, "misfire_grace_time": None},
        )

    @property
    def clock(self) -> Clock:
        return self._clock

    def drive(self, tick: Tick) -> None:
        """What to run (set once, by the composition root)."""
        self._tick = tick

    # --- lifecycle -------------------------------------------------------

    async def start(self) -> None:
        """Tick once now (start-up: whatever fell due while the bot was down),
        then keep ticking on APScheduler."""
        await self.tick_now()
        self.aps.add_job(
            self._job,
            IntervalTrigger(seconds=self._max_sleep, timezone=UTC),
            id=TICK_JOB,
            name="tick",
            replace_existing=True,
            next_run_time=self._run_time(self.last),
        )
        self.aps.start()

    async def close(self) -> None:
        if self.aps.running:
            self.aps.pause()  # nothing new starts while a running tick finishes
            running = {task for task in self._running if not task.done()}
            if running:
                await asyncio.wait(running, timeout=CLOSE_GRACE_SECONDS)
            # AsyncIOScheduler.shutdown is scheduled on the loop; wait=False because
            # a running job is a coroutine on this loop that shutdown cannot join.
            self.aps.shutdown(wait=False)
            await asyncio.sleep(0)

    # --- ticking ---------------------------------------------------------

    async def tick_now(self) -> TickReport:
        """One tick at the injected clock's now (ticks never overlap)."""
        return await self.tick_at(self._clock())

    async def tick_at(self, now: datetime) -> TickReport:
        """One tick told that it is `now` (the shell's replay of a simulated span)."""
        if self._tick is None:
            raise RuntimeError("TickScheduler.drive() was not called")
        async with self._lock:
            self.started += 1
            seq = self.started
            report = await self._tick(now)
        self.last, self.last_seq = report, seq
        async with self.ticked:
            self.ticked.notify_all()
        return report

    def wake(self) -> None:
        """Bring the next tick forward to now (a schedule changed). During a
        tick, another follows right after it (the change may have come too late
        for the running one to see)."""
        if self.aps.running and self.aps.get_job(TICK_JOB) is not None:
            self.aps.modify_job(TICK_JOB, next_run_time=self._wall())
            self.aps.wakeup()

    async def schedule_changed(self, schedule: GroupSchedule) -> None:
        self.wake()

    async def _job(self) -> None:
        with self._tracked():
            try:
                report = await self.tick_now()
            except Exception:
                log.exception("tick failed")  # the interval brings the next one
                return
            if self.aps.running and self.aps.get_job(TICK_JOB) is not None:
                self.aps.modify_job(TICK_JOB, next_run_time=self._run_time(report))

    def _run_time(self, report: TickReport | None) -> datetime:
        """The wall time of the next tick: the wake-up the last tick asked for,
        as a delay from the injected clock, kept within [MIN, max_sleep]."""
        delay = self._max_sleep
        if report is not None and report.next_wake is not None:
            ahead = (report.next_wake - self._clock()).total_seconds()
            delay = min(max(ahead, MIN_SLEEP_SECONDS), self._max_sleep)
        return self._wall() + timedelta(seconds=delay)

    @contextlib.contextmanager
    def _tracked(self) -> Iterator[None]:
        """Remember the running tick's task, so that close() can let it finish."""
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._running.discard(task)
