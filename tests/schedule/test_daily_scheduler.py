"""TickScheduler on the real APScheduler 3.11: one job drives the core's tick,
at the wake-up each tick asks for, never overlapping, surviving failures."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from manual_clock import ManualClock
from tick_driver import run_tick_job

from bot.core.tick import TickReport
from bot.schedule import TICK_JOB, TickScheduler

T0 = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)


class RecordingTick:
    """A tick that records the "now" it was told and asks to wake `after` later."""

    def __init__(self, clock: ManualClock, after: timedelta | None = None) -> None:
        self.clock = clock
        self.after = after
        self.seen: list[datetime] = []
        self.fail = 0
        self.running = 0
        self.overlapped = False
        self.delay = 0.0

    async def __call__(self, now: datetime) -> TickReport:
        self.running += 1
        self.overlapped |= self.running > 1
        try:
            self.seen.append(now)
            if self.delay:
                await asyncio.sleep(self.delay)
            if self.fail:
                self.fail -= 1
                raise RuntimeError("boom")
            wake = None if self.after is None else now + self.after
            return TickReport(now=now, next_wake=wake)
        finally:
            self.running -= 1


async def test_start_ticks_once_at_the_injected_now_then_one_job() -> None:
    clock = ManualClock(T0)
    tick = RecordingTick(clock)
    scheduler = TickScheduler(clock=clock)
    scheduler.drive(tick)
    await scheduler.start()
    try:
        assert tick.seen == [T0]  # the start-up tick: whatever fell due while down
        jobs = scheduler.aps.get_jobs()
        assert [job.id for job in jobs] == [TICK_JOB]
        assert jobs[0].coalesce is True and jobs[0].max_instances == 2
    finally:
        await scheduler.close()
    assert not scheduler.aps.running


async def test_the_job_runs_at_the_wake_up_the_tick_asked_for() -> None:
    clock = ManualClock(T0)
    # Each tick asks to be woken 0.2 s later (by the injected clock); the job's
    # period is a minute, so the second tick can only come from that request.
    tick = RecordingTick(clock, after=timedelta(seconds=0.2))
    scheduler = TickScheduler(clock=clock, max_sleep=60)
    scheduler.drive(tick)
    await scheduler.start()
    try:
        clock.advance(timedelta(minutes=5))
        async with scheduler.ticked:
            await asyncio.wait_for(scheduler.ticked.wait(), 5)
        assert tick.seen == [T0, T0 + timedelta(minutes=5)]
    finally:
        await scheduler.close()


async def test_wake_brings_the_tick_forward_and_ticks_never_overlap() -> None:
    clock = ManualClock(T0)
    tick = RecordingTick(clock)  # no wake-up asked: only the 60 s period
    scheduler = TickScheduler(clock=clock, max_sleep=60)
    scheduler.drive(tick)
    await scheduler.start()
    try:
        tick.delay = 0.2
        clock.set(T0 + timedelta(hours=1))
        report = await run_tick_job(scheduler)
        assert report.now == T0 + timedelta(hours=1)
        clock.advance(timedelta(seconds=1))
        await asyncio.gather(scheduler.tick_now(), scheduler.tick_now(), run_tick_job(scheduler))
        assert not tick.overlapped and len(tick.seen) >= 5
    finally:
        await scheduler.close()


async def test_a_failing_tick_does_not_stop_the_next() -> None:
    clock = ManualClock(T0)
    tick = RecordingTick(clock)
    scheduler = TickScheduler(clock=clock, max_sleep=0.2)
    scheduler.drive(tick)
    await scheduler.start()
    try:
        tick.fail = 1
        async with scheduler.ticked:  # the failed one notifies nobody; the next does
            await asyncio.wait_for(scheduler.ticked.wait(), 5)
        assert len(tick.seen) >= 3 and tick.fail == 0
    finally:
        await scheduler.close()


async def test_close_lets_a_running_tick_finish() -> None:
    clock = ManualClock(T0)
    tick = RecordingTick(clock)
    scheduler = TickScheduler(clock=clock)
    scheduler.drive(tick)
    await scheduler.start()
    tick.delay = 0.3
    clock.advance(timedelta(seconds=1))
    waiter = asyncio.create_task(run_tick_job(scheduler))
    for _ in range(500):
        if tick.running:
            break
        await asyncio.sleep(0.01)
    await scheduler.close()
    assert tick.running == 0 and (await waiter).now == clock()
