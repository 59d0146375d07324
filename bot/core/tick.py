"""One tick: do every piece of due work at `now`, say when to wake next.

The caller owns time (the scheduler passes its injected clock's reading, the
shell its simulated one, tests their own): `Ticker.tick(now)` reads stored
state, performs what is due, and returns a `TickReport` with the next moment
anything falls due. Any number of ticks, in any number of processes, may run
against one store: each kind of work claims what it does in the store first.

New kinds of due work (a weekly recap, ...) implement `DueWork` and are added
to the Ticker's list; nothing else changes.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.core.ports import StoreUnavailable

log = logging.getLogger(__name__)


class DueWork(Protocol):
    """One kind of work the tick performs."""

    @property
    def name(self) -> str: ...

    async def run(self, now: datetime) -> int:
        """Do what is due at `now` (claiming it first); return how many items."""
        ...

    async def next_due(self, now: datetime) -> datetime | None:
        """The first moment after `now` when this kind has work, if known."""
        ...


@dataclass(frozen=True, kw_only=True, slots=True)
class TickReport:
    now: datetime
    done: Mapping[str, int] = field(default_factory=dict)
    failed: tuple[str, ...] = ()
    next_wake: datetime | None = None


class Ticker:
    def __init__(self, works: Sequence[DueWork]) -> None:
        self.works = list(works)

    async def tick(self, now: datetime) -> TickReport:
        done: dict[str, int] = {}
        failed: list[str] = []
        wakes: list[datetime] = []
        for work in self.works:
            try:
                done[work.name] = await work.run(now)
                wake = await work.next_due(now)
            except StoreUnavailable as exc:  # the store logged it; no traceback per tick
                log.error("due work %s not done: %s", work.name, exc)
                failed.append(work.name)
                continue
            except Exception:
                # One kind failing must not stop the others; the next tick retries.
                log.exception("due work %s failed", work.name)
                failed.append(work.name)
                continue
            if wake is not None:
                wakes.append(max(wake, now))
        wake = min(wakes, default=None)
        return TickReport(now=now, done=done, failed=tuple(failed), next_wake=wake)


Tick = Callable[[datetime], Awaitable[TickReport]]


async def replay(
    tick: Tick, start: datetime, end: datetime, set_clock: Callable[[datetime], None]
) -> int:
    """Play [start, end] as a running bot would: a tick at `start`, one at each
    wake-up the ticks ask for, one at `end`. Returns the number of ticks.
    (The shell's `/advance`; the real bot waits for the wake-ups instead.)"""
    ticks = 0
    now = start
    while True:
        set_clock(now)
        report = await tick(now)
        ticks += 1
        wake = report.next_wake
        if now >= end:
            return ticks
        if wake is None or wake > end:
            now = end
        else:
            now = max(wake, now)
            if now == report.now and wake <= report.now:
                now = end  # work that stays due (a failing platform) waits for `end`
