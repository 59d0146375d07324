"""What a group owes, decided from (stored state, now) alone: the daily rules.

Rules, in the order they apply (h11 style: no I/O here, the caller owns time):

1. A group owes posts only while scheduled and not paused.
2. Local day D is owed when its slot (the post time on D in the group's zone)
   is at or after `scheduled_since`. Setting a first schedule stamps it with
   the moment it happened: a slot already past that day was never promised.
   Changing time or zone of a running schedule stamps the start of today in
   the (new) zone instead: today stays owed, so moving 09:00 to 07:00 at 08:00
   posts today's question at once rather than skipping the day. Pausing and
   resuming leave it alone: a day whose slot passed while paused still goes
   out on resume while its window is open (rule 4). A pause the platform
   caused (a permanent refusal; `paused_reason` set) counts as running here:
   setting the schedule again, the way an admin resumes it, keeps today owed.
3. D is covered (never posted twice) when the group's latest post belongs to D
   or a later day, measured in the group's current zone: a post keyed in this
   zone by its own date; one keyed in another zone (before a zone change) by
   the local date its `posted_at` falls on here. So a move west after today's
   post does not post again the same local day, and the new zone's next day
   still gets its post (days are keyed per zone in the store).
4. A missed slot is still posted late while its answer window is open (after
   downtime); once the window closed the day is gone.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bot.core.clock import latest_slot, local_date, next_slot, safe_zone, slot
from bot.core.records import DailyPost, GroupSettings


def active(settings: GroupSettings) -> bool:
    return settings.scheduled and not settings.paused


def covered(latest: DailyPost | None, on: date, timezone: str) -> bool:
    """Rule 3: the latest post already serves local day `on` (or a later day)."""
    if latest is None:
        return False
    if latest.timezone == timezone or not latest.timezone:
        return latest.local_date >= on
    return local_date(latest.posted_at, safe_zone(timezone)) >= on


def window_open(settings: GroupSettings, on: date, now: datetime) -> bool:
    """Rule 4: answers for day `on` would still be accepted at `now`."""
    tz = safe_zone(settings.timezone)
    if settings.window_minutes is not None:
        end = slot(on, settings.post_time, tz) + timedelta(minutes=settings.window_minutes)
    else:
        end = slot(on + timedelta(days=1), settings.post_time, tz)
    return now < end


def owed(settings: GroupSettings, on: date) -> bool:
    """Rule 2: day `on`'s slot falls inside the current schedule."""
    since = settings.scheduled_since
    at = slot(on, settings.post_time, safe_zone(settings.timezone))
    return since is None or at >= since


def due_day(settings: GroupSettings, latest: DailyPost | None, now: datetime) -> date | None:
    """The local day whose post is due at `now`, or None (rules 1-4)."""
    if not active(settings):
        return None
    on, _ = latest_slot(now, settings.post_time, safe_zone(settings.timezone))
    if not owed(settings, on) or covered(latest, on, settings.timezone):
        return None
    return on if window_open(settings, on, now) else None


def next_post_at(
    settings: GroupSettings, latest: DailyPost | None, now: datetime
) -> datetime | None:
    """When the group's next daily post goes out: `now` when one is due now,
    else the first owed, uncovered slot after `now`; None when not active."""
    if not active(settings):
        return None
    if due_day(settings, latest, now) is not None:
        return now
    tz = safe_zone(settings.timezone)
    at = next_slot(now, settings.post_time, tz)
    for _ in range(3):  # the next slot, or the one after when it is covered or not owed
        on = local_date(at, tz)
        if owed(settings, on) and not covered(latest, on, settings.timezone):
            return at
        at = next_slot(at, settings.post_time, tz)
    return at


def since_for_change(
    before: GroupSettings, post_time: time, timezone: str, now: datetime
) -> datetime:
    """Rule 2's stamp for a schedule being set at `now`: `now` for a first
    schedule (or one set while an admin paused it), the start of today (in the
    new zone) for a change of a running one or one the platform paused, so
    that today stays owed."""
    platform_paused = before.scheduled and before.paused and bool(before.paused_reason)
    if not active(before) and not platform_paused:
        return now
    tz = safe_zone(timezone)
    start = datetime.combine(local_date(now, tz), time(0), tzinfo=tz)
    return min(start.astimezone(now.tzinfo), now)
