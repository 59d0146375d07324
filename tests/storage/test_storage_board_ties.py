"""Migration 0060 on a database with history: the board's tie-break times are
backfilled from the answers already stored (new answers: tests/core/test_core_board.py)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from bot.core.records import Period
from bot.storage import SqliteStore
from bot.storage.db import Database
from bot.storage.migrate import default_migrations_dir, migrate

T0 = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
WHEN = "2026-11-26T00:00:00.000000+00:00"


async def test_backfill_orders_old_ties_by_speed(tmp_path: Path) -> None:
    old = tmp_path / "old-migrations"
    old.mkdir()
    for path in default_migrations_dir().glob("000[1-3]_*.sql"):
        shutil.copy(path, old / path.name)
    db_path = tmp_path / "bot.db"
    db = await Database.open(db_path)
    await migrate(db, old, at=T0)
    await db.close()
    with sqlite3.connect(db_path) as conn:  # a week of history written by the old schema
        conn.execute(
            "INSERT INTO groups (id, platform, channel_id, created_at) VALUES (1, 'shell', 'r', ?)",
            (WHEN,),
        )
        conn.execute("INSERT INTO questions (id, first_seen_at) VALUES ('q', ?)", (WHEN,))
        for member, name in ((1, "ann"), (2, "bob"), (3, "cid")):
            conn.execute(
                "INSERT INTO members (id, platform, user_id, display_name, created_at)"
                " VALUES (?, 'shell', ?, ?, ?)",
                (member, name, name.title(), WHEN),
            )
        for post, day in ((1, "2026-11-23"), (2, "2026-11-24")):
            conn.execute(
                "INSERT INTO daily_posts (id, group_id, local_date, question_id, posted_at,"
                " closes_at) VALUES (?, 1, ?, 'q', ?, ?)",
                (post, day, WHEN, WHEN),
            )
        # ann and bob both right twice; bob took longer; cid right once (fast), wrong once.
        for member, post, correct, ms in (
            (1, 1, 1, 9_000), (1, 2, 1, 9_000), (2, 1, 1, 60_000), (2, 2, 1, 120_000),
            (3, 1, 1, 1_000), (3, 2, 0, 1_000),
        ):  # fmt: skip
            conn.execute(
                "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice,"
                " correct, points, answered_at, local_date, elapsed_ms)"
                " VALUES (1, ?, 'q', ?, 'daily', 0, ?, ?, ?, ?, ?)",
                (member, post, correct, 10 * correct, WHEN,
                 "2026-11-23" if post == 1 else "2026-11-24", ms),
            )  # fmt: skip
    store = await SqliteStore.open(db_path)
    try:
        for period in (Period.WEEK, Period.MONTH, Period.ALL):
            board = await store.leaderboard(1, period, date(2026, 11, 26), 10)
            assert [(r.rank, r.user_id, r.right_ms) for r in board] == [
                (1, "ann", 9_000),
                (2, "bob", 90_000),
                (3, "cid", 1_000),
            ]
        with sqlite3.connect(db_path) as conn:
            row = conn.execute(
                "SELECT right_ms, right_timed FROM scores WHERE member_id = 2 AND period = 'all'"
            ).fetchone()
        assert row == (180_000, 2)
    finally:
        await store.close()


async def test_the_board_is_read_off_its_index_in_board_order(tmp_path: Path) -> None:
    """The top rows come from index scores_board in the board's full order: the
    only sort left is of the `limit` rows named at the end (a board of 10,000
    members tied on points sorted them all; bench: leaderboard at 10M answers)."""
    from bot.storage.reads import LEADERBOARD

    store = await SqliteStore.open(tmp_path / "b.db")
    await store.close()
    with sqlite3.connect(tmp_path / "b.db") as conn:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + LEADERBOARD, (1, "all", 10))]
    conn.close()
    assert any("USING INDEX scores_board" in step for step in plan), plan
    assert sum("TEMP B-TREE" in step for step in plan) == 1, plan  # the outer ten rows only
