"""The shell's clock: wall time, or a simulated time that stands still until moved.

`--clock` / `/clock` / `/advance` let a person (or a transcript test) play a
day's cycle in seconds; the same clock stamps commands and drives the scheduler.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

from bot.core.clock import system_clock

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


def parse_moment(text: str, default_zone: tzinfo | None = None) -> datetime | None:
    """`2026-03-08T09:00`, `2026-03-08 09:00`, with an offset (`-05:00`, `Z`) or a
    zone name after a space (`2026-03-08T09:00 America/New_York`). Without
    either, the time is read in `default_zone` (the group's zone), else UTC."""
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
    return moment.astimezone(UTC)


def parse_span(text: str) -> timedelta | None:
    """`1d`, `2h`, `30m`, `1d2h30m`, `90s` -> a positive timedelta (None if invalid)."""
    raw = text.replace(" ", "").lower()
    if not raw or len(raw) > 30:
        return None
    total = timedelta()
    pos = 0
    for match in _SPAN.finditer(raw):
        if match.start() != pos:
            return None
        total += timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
        pos = match.end()
    if pos != len(raw) or total <= timedelta() or total > timedelta(days=3660):
        return None
    return total
