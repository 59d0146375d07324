"""Python values <-> the text the schema stores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time

from bot.core.records import DailyKinds, DailyPost, GroupSettings, StreakRule
from bot.core.types import GroupRef, Platform


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


def group_from_row(row: sqlite3.Row) -> GroupSettings:
    return GroupSettings(
        id=int(row["id"]),
        ref=GroupRef(
            platform=Platform(row["platform"]),
            channel_id=row["channel_id"],
            space_id=row["space_id"],
        ),
        post_time=time.fromisoformat(row["post_time"]),
        timezone=row["timezone"],
        language=row["language"],
        deck=row["deck"],
        window_minutes=row["window_minutes"],
        paused=bool(row["paused"]),
        scheduled=bool(row["scheduled"]),
        streak_rule=StreakRule(row["streak_rule"]),
        favour_weak=bool(row["favour_weak"]),
        new_per_day=int(row["new_per_day"]),
        scheduled_since=opt_dt(row["scheduled_since"]),
        recap=bool(row["recap"]),
        daily_kinds=DailyKinds(row["daily_kinds"]),
        paused_reason=row["paused_reason"],
        scheduled_by=row["scheduled_by"],
        report_threshold=int(row["report_threshold"]),
    )


def post_from_row(row: sqlite3.Row) -> DailyPost:
    return DailyPost(
        id=int(row["id"]),
        group_id=int(row["group_id"]),
        local_date=day(row["local_date"]),
        question_id=row["question_id"],
        posted_at=dt(row["posted_at"]),
        closes_at=dt(row["closes_at"]),
        message_ref=row["message_ref"],
        delivered=bool(row["delivered"]),
        revealed_at=opt_dt(row["revealed_at"]),
        timezone=row["timezone"],
    )
