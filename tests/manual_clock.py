"""The one test clock: a `bot.core.clock.Clock` that stands still until moved.

Every test that needs "now" gets it from here (the `clock` fixture in
tests/conftest.py, or `ManualClock(start)` where a test builds its own), never
from the machine: the suite passes whatever day it runs on
(`faketime -f '+400d' make test`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# A Monday, 09:00 in Seoul: the default start of the `clock` fixture.
DEFAULT_START = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


class ManualClock:
    """`clock()` is `clock.now`; set it, or `advance` it by a span."""

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        self.now = _aware(start)

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = _aware(moment)

    def advance(self, span: timedelta) -> datetime:
        self.now += span
        return self.now


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("the test clock needs an aware datetime")
    return moment.astimezone(UTC)
