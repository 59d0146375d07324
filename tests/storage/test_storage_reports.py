"""Reports decided per group and questions a group retired (issue 12), on both
engines; and migration 0025 turning old one-press retirements into the
reporting groups' own."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.records import GroupDefaults, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.storage import SqliteStore, SqlStore, open_store
from bot.storage.db import Database
from bot.storage.migrate import default_migrations_dir, migrate

T0 = datetime(2026, 11, 26, tzinfo=UTC)
ROOM = GroupRef(platform=Platform.SHELL, channel_id="room")
OTHER = GroupRef(platform=Platform.SHELL, channel_id="other")


def _info(qid: str) -> QuestionInfo:
    return QuestionInfo(id=qid, kind="k", section="S", topic=f"T {qid}", concept=qid,
                        source_hash="h")  # fmt: skip


async def _report(store: SqlStore, qid: str, group_id: int, user: str, reason: str,
                  at: datetime = T0) -> bool:  # fmt: skip
    return await store.add_report(
        question_id=qid, group_id=group_id, platform="shell", user_id=user, display_name=user,
        reason=reason, at=at,
    )


async def test_reports_count_decide_and_retire_per_group(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        room = await store.ensure_group(ROOM, GroupDefaults())
        other = await store.ensure_group(OTHER, GroupDefaults())
        assert room.report_threshold == 3
        await store.sync_questions([_info("q1"), _info("q2")], T0)
        assert await _report(store, "q1", room.id, "ann", "typo")
        assert not await _report(store, "q1", room.id, "ann", "again")  # once per member
        assert await _report(store, "q1", room.id, "bob", "", T0 + timedelta(hours=1))
        assert await _report(store, "q1", other.id, "cat", "same")
        assert await store.open_report_count("q1", room.id) == 2
        [open_q1] = await store.open_reports(room.id)
        assert (open_q1.question_id, open_q1.members, open_q1.reasons) == ("q1", 2, ("typo",))

        assert await store.retire_for_group(room.id, "q1", "admin", T0)
        assert not await store.retire_for_group(room.id, "q1", "admin", T0)
        assert await store.decide_reports("q1", room.id, "retired", T0) == 2
        assert await store.open_reports(room.id) == []
        assert await store.retired_for_group(room.id) == {"q1"}
        assert await store.retired_for_group(other.id) == frozenset()
        # The fan-out's read: only the groups that retired something.
        assert await store.groups_retired([room.id, other.id]) == {room.id: {"q1"}}
        assert await store.open_report_count("q1", other.id) == 1

        await store.retire_question("q2", "notes-changed", T0)  # the deck's own retirement
        assert await store.retired_for_group(room.id) == {"q1", "q2"}
        assert await store.retired_for_group(other.id) == {"q2"}

        [reported] = await store.reported_questions()
        assert (reported.id, reported.reports, reported.groups, reported.retired_in) == (
            "q1", 3, 2, 1)
        assert reported.reasons == ("typo", "same")

        saved = await store.ensure_group(ROOM, GroupDefaults())
        from dataclasses import replace

        await store.save_group(replace(saved, report_threshold=5))
        await store.close()
        store = await open_store(db_target)
        assert (await store.ensure_group(ROOM, GroupDefaults())).report_threshold == 5
    finally:
        await store.close()


async def test_migration_moves_one_press_retirements_to_the_reporting_groups(
    tmp_path: Path,
) -> None:
    """Before issue 12 one report retired a question for every group: after
    0025 it is retired only for the groups that reported it."""
    old = tmp_path / "migrations"
    old.mkdir()
    for f in default_migrations_dir().glob("*.sql"):
        if f.name != "0025_group_reports.sql":
            shutil.copy(f, old / f.name)
    path = tmp_path / "old.db"
    db = await Database.open(path)
    await migrate(db, old, at=T0)
    await db.close()
    with sqlite3.connect(path) as conn:
        stamp = T0.isoformat()
        conn.executemany(
            "INSERT INTO groups (id, platform, channel_id, created_at) VALUES (?, 'shell', ?, ?)",
            [(1, "room", stamp), (2, "other", stamp)],
        )
        conn.execute("INSERT INTO members (id, platform, user_id, created_at)"
                     " VALUES (1, 'shell', 'ann', ?)", (stamp,))  # fmt: skip
        conn.executemany(
            "INSERT INTO questions (id, first_seen_at, retired_at, retired_reason)"
            " VALUES (?, ?, ?, ?)",
            [("q1", stamp, stamp, "reported: wrong key"), ("q2", stamp, stamp, "notes-changed")],
        )
        conn.execute("INSERT INTO problem_reports (question_id, group_id, member_id, reason,"
                     " created_at) VALUES ('q1', 1, 1, 'wrong key', ?)", (stamp,))  # fmt: skip
    room_id = 1

    store = await SqliteStore.open(path)  # every migration, 0025 among them
    try:
        other = await store.ensure_group(OTHER, GroupDefaults())
        assert await store.retired_questions() == {"q2"}  # the deck's own stays
        assert await store.retired_for_group(room_id) == {"q1", "q2"}
        assert await store.retired_for_group(other.id) == {"q2"}
        assert await store.open_reports(room_id) == []  # decided: retired
    finally:
        await store.close()
    with sqlite3.connect(path) as conn:
        [(status,)] = conn.execute("SELECT status FROM problem_reports").fetchall()
    assert status == "retired"
