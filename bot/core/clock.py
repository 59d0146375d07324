"""The bot's one clock, and local dates and posting slots in a group's IANA zone.

Time is injected: everything that needs "now" is handed a `Clock` (or a
datetime read from one) by the composition root. `system_clock` is the only
place in bot/ that reads the machine's wall clock; tests and the shell's
`--clock` hand in their own, so no behaviour depends on the day it runs.

A slot is the UTC instant of a group's post time on a local date. Wall-clock
times that do not exist (spring-forward gap) resolve with fold=0, i.e. one hour
later on the clock; repeated ones (fall-back) take the first occurrence, so a
local date has exactly one slot.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_HHMM = re.compile(r"^(\d{1,2}):(\d{2})$")
_ZONE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}$")


def parse_hhmm(text: str) -> time | None:
    match = _HHMM.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


@functools.lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo | None:
    """The zone called `name`, or None when there is no such IANA zone.
    (Cached: a fan-out asks for every group's zone several times.)"""
    if not name or len(name) > 64 or _ZONE_NAME.match(name) is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def safe_zone(name: str, fallback: str = "UTC") -> ZoneInfo:
    return zone(name) or zone(fallback) or ZoneInfo("UTC")


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


@functools.lru_cache(maxsize=4096)
def slot(on: date, post_time: time, tz: ZoneInfo) -> datetime:
    """(Cached: thousands of groups share a day, a post time and a zone.)"""
    return datetime.combine(on, post_time, tzinfo=tz).astimezone(UTC)


def latest_slot(now: datetime, post_time: time, tz: ZoneInfo) -> tuple[date, datetime]:
    """The most recent slot at or before `now`: (its local date, its UTC instant)."""
    today = local_date(now, tz)
    at = slot(today, post_time, tz)
    if at <= now:
        return today, at
    yesterday = today - timedelta(days=1)
    return yesterday, slot(yesterday, post_time, tz)


def closes_at(
    on: date, post_time: time, tz: ZoneInfo, window_minutes: int | None, posted_at: datetime
) -> datetime:
    """When answers to the post for local date `on` stop being accepted.

    Default: at the next day's slot (the next post). With a window in minutes:
    that long after the slot, or after the actual post when it went out later
    (post-now), so a post never closes before it opened.
    """
    if window_minutes is None:
        end = slot(on + timedelta(days=1), post_time, tz)
        return end if end > posted_at else posted_at + timedelta(days=1)
    window = timedelta(minutes=window_minutes)
    end = slot(on, post_time, tz) + window
    return end if end > posted_at else posted_at + window


class Clock(Protocol):
    """Anything that says what time it is: an aware UTC datetime."""

    def __call__(self) -> datetime: ...


def system_clock() -> datetime:
    """The machine's wall clock, in UTC (the production `Clock`)."""
    return datetime.now(UTC)


def next_slot(after: datetime, post_time: time, tz: ZoneInfo) -> datetime:
    """The first slot strictly after `after` (UTC)."""
    today = local_date(after, tz)
    at = slot(today, post_time, tz)
    return at if at > after else slot(today + timedelta(days=1), post_time, tz)
