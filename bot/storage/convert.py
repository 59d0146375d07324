"""Python values <-> the text the schema stores."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from bot.core.records import DailyKinds, DailyPost, GroupSettings, StreakRule
from bot.core.types import GroupRef, Platform
from bot.storage.sql import Row


def ts(moment: datetime) -> str:
    """UTC, fixed width, so that text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def opt_dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def day(text: str) -> date:
    return date.fromisoformat(text)


def hhmm(value: time) -> str:
    return value.strftime("%H:%M")


# The columns the converters below read, in this order: rows are unpacked by
# position (sqlite3.Row and asyncpg.Record both iterate their values), since
# reading each of a fan-out's 10,000 rows' columns by name, and making its
# enums through Enum's lookup, cost about as much as building the values.
GROUP_COLUMNS = (
    "id, platform, channel_id, space_id, deck, post_time, timezone, language,"
    " window_minutes, paused, scheduled, streak_rule, favour_weak, scheduled_since, new_per_day,"
    " recap, daily_kinds, paused_reason, scheduled_by, report_threshold"
)
POST_COLUMNS = (
    "id, group_id, local_date, question_id, posted_at, closes_at, message_ref, delivered,"
    " revealed_at, timezone"
)
# Stored text -> enum member (an unknown text still fails as Enum's own lookup does).
_PLATFORMS = {m.value: m for m in Platform}
_STREAK_RULES = {m.value: m for m in StreakRule}
_DAILY_KINDS = {m.value: m for m in DailyKinds}


def group_from_row(row: Row) -> GroupSettings:
    (
        id_, platform, channel_id, space_id, deck, post_time, timezone, language,
        window_minutes, paused, scheduled, streak_rule, favour_weak, scheduled_since,
        new_per_day, recap, daily_kinds, paused_reason, scheduled_by, report_threshold,
    ) = row  # fmt: skip
    return GroupSettings(
        id=int(id_),
        ref=GroupRef(
            platform=_PLATFORMS.get(platform) or Platform(platform),
            channel_id=channel_id,
            space_id=space_id,
        ),
        post_time=time.fromisoformat(post_time),
        timezone=timezone,
        language=language,
        deck=deck,
        window_minutes=window_minutes,
        paused=bool(paused),
        scheduled=bool(scheduled),
        streak_rule=_STREAK_RULES.get(streak_rule) or StreakRule(streak_rule),
        favour_weak=bool(favour_weak),
        new_per_day=int(new_per_day),
        scheduled_since=opt_dt(scheduled_since),
        recap=bool(recap),
        daily_kinds=_DAILY_KINDS.get(daily_kinds) or DailyKinds(daily_kinds),
        paused_reason=paused_reason,
        scheduled_by=scheduled_by,
        report_threshold=int(report_threshold),
    )


def post_from_row(row: Row) -> DailyPost:
    (
        id_, group_id, local_date, question_id, posted_at, closes_at, message_ref, delivered,
        revealed_at, timezone,
    ) = row  # fmt: skip
    return DailyPost(
        id=int(id_),
        group_id=int(group_id),
        local_date=date.fromisoformat(local_date),
        question_id=question_id,
        posted_at=datetime.fromisoformat(posted_at),
        closes_at=datetime.fromisoformat(closes_at),
        message_ref=message_ref,
        delivered=bool(delivered),
        revealed_at=None if revealed_at is None else datetime.fromisoformat(revealed_at),
        timezone=timezone,
    )
