"""Recap storage: claiming a group's weekly/monthly recap, and the posts of a period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.core.records import DailyPost
from bot.storage.coalesce import MAX_BATCH
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



RecapKey = tuple[int, str, date, date]  # group id, kind, first and last local date


async def recaps_pending(db: SqlDatabase, keys: Sequence[RecapKey]) -> set[RecapKey]:
    """`Repository.recaps_pending`: one statement per period and MAX_BATCH groups
    (every group's daily post asks, so a fan-out asks for thousands)."""
    by_span: dict[tuple[str, date, date], list[int]] = {}
    for group_id, kind, first, last in keys:
        by_span.setdefault((kind, first, last), []).append(group_id)
    out: set[RecapKey] = set()
    for (kind, first, last), groups in by_span.items():
        for start in range(0, len(groups), MAX_BATCH):
            part = groups[start : start + MAX_BATCH]
            rows = await db.fetchall(
                "SELECT DISTINCT p.group_id FROM daily_posts p"
                f" WHERE p.group_id IN ({','.join('?' * len(part))})"
                " AND p.local_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM recaps r"
                " WHERE r.group_id = p.group_id AND r.kind = ? AND r.period_start = ?)",
                [*part, first.isoformat(), last.isoformat(), kind, first.isoformat()],
            )
            out.update((int(row[0]), kind, first, last) for row in rows)
    return out
