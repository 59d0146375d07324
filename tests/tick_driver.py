"""Run the real scheduler's one tick job now and wait for it (tests only)."""

from __future__ import annotations

import asyncio

from bot.core.tick import TickReport
from bot.schedule import TickScheduler


async def run_tick_job(scheduler: TickScheduler) -> TickReport:
    """Bring APScheduler's tick job forward to now and return the report of a
    tick that began after this call (one already running may predate a change)."""
    floor = scheduler.started
    async with asyncio.timeout(10), scheduler.ticked:
        scheduler.wake()
        while scheduler.last_seq <= floor:
            await scheduler.ticked.wait()
    assert scheduler.last is not None
    return scheduler.last
