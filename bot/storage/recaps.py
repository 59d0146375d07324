"""Recap storage: claiming a group's weekly/monthly recap, and the posts of a period."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.records import DailyPost
from bot.storage.convert import post_from_row, ts
from bot.storage.posts import _POST_COLUMNS
from bot.storage.sql import Conn, SqlDatabase


async def claim_recap(db: SqlDatabase, group_id: int, kind: str, start: date, at: datetime) -> bool:
    async def job(conn: Conn) -> bool:
        cursor = await conn.execute(
            "INSERT INTO recaps (group_id, kind, period_start, claimed_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (group_id, kind, start.isoformat(), ts(at)),
        )
        return cursor.rowcount == 1

    return await db.write(job)


async def posts_between(db: SqlDatabase, group_id: int, first: date, last: date) -> list[DailyPost]:
    rows = await db.fetchall(
        f"SELECT {_POST_COLUMNS} FROM daily_posts WHERE group_id = ?"
        " AND local_date BETWEEN ? AND ? ORDER BY local_date",
        (group_id, first.isoformat(), last.isoformat()),
    )
    return [post_from_row(row) for row in rows]
