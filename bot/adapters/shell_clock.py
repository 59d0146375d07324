"""The shell's clock: wall time, or a simulated time that stands still until moved.

`--clock` / `/clock` / `/advance` let a person (or a transcript test) play a
day's cycle in seconds; the same clock stamps commands and drives the scheduler.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

from bot.core.clock import system_clock

# The simulated clock's range. One move plays every day on the way, so it is
# capped at about ten years (what /advance accepted already). The last reading
# stays a year short of datetime's own end, so every zone's local date and the
# core's date arithmetic (tomorrow, next month's recap) stay in range; the
# first is the Unix epoch, before anything the bot stores.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9998, 1, 1, tzinfo=UTC)
MAX_MOVE = timedelta(days=3660)

_SPAN = re.compile(r"(\d+)\s*([dhms])", re.IGNORECASE)
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


class ShellClock:
    def __init__(self, start: datetime | None = None) -> None:
        self._fixed = start.astimezone(UTC) if start is not None else None

    @property
    def simulated(self) -> bool:
        return self._fixed is not None

    def now(self) -> datetime:
        return self._fixed if self._fixed is not None else system_clock()

    def __call__(self) -> datetime:
        return self.now()

    def set(self, moment: datetime) -> None:
        self._fixed = moment.astimezone(UTC)


class ClockRangeError(ValueError):
    """A well-formed time the clock cannot show (year 9999, year 1 with an offset)."""


def furthest(start: datetime) -> datetime:
    """The latest time one move from `start` may reach."""
    return start + min(MAX_MOVE, max(LATEST - start, timedelta()))


def parse_moment(text: str, default_zone: tzinfo | None = None) -> datetime | None:
    """`2026-03-08T09:00`, `2026-03-08 09:00`, with an offset (`-05:00`, `Z`) or a
    zone name after a space (`2026-03-08T09:00 America/New_York`). Without
    either, the time is read in `default_zone` (the group's zone), else UTC.
    None when it is not a time; ClockRangeError when it is one outside
    EARLIEST..LATEST."""
    from bot.core.clock import zone  # the core's IANA-name check

    raw = " ".join(text.split())
    if not raw or len(raw) > 80:
        return None
    parts = raw.split(" ")
    # A trailing zone name ("America/New_York", "UTC"); a time ("09:00") is not one.
    named = zone(parts[-1]) if len(parts) > 1 and ":" not in parts[-1] else None
    if named is not None:
        parts = parts[:-1]
    if len(parts) > 2:
        return None
    stamp = "T".join(parts)
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=named or default_zone or UTC)
    elif named is not None:
        return None  # both an offset and a zone: ambiguous
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+05:00 is before datetime.min
        raise ClockRangeError(text) from None
    if not EARLIEST <= moment <= LATEST:
        raise ClockRangeError(text)
    return moment


def parse_span(text: str) -> timedelta | None:
    """`1d`, `2h`, `30m`, `1d2h30m`, `90s` -> a positive timedelta (None if invalid;
    ClockRangeError when longer than one move may be)."""
    raw = text.replace(" ", "").lower()
    if not raw or len(raw) > 30:
        return None
    total = timedelta()
    pos = 0
    for match in _SPAN.finditer(raw):
        if match.start() != pos:
            return None
        try:
            total += timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
        except OverflowError:  # 99999999999d: more days than a timedelta holds
            raise ClockRangeError(text) from None
        pos = match.end()
    if pos != len(raw) or total <= timedelta():
        return None
    if total > MAX_MOVE:
        raise ClockRangeError(text)
    return total
