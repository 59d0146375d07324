"""The daily fan-out's per-group reads (tallies, reminder opt-ins) are coalesced:
concurrent calls share one statement and each gets what a lone call gets."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import bot.storage.store as store_module
from bot.core.records import GroupDefaults, GroupSettings, NewAnswer, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.storage import SqliteStore

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _answer(group_id: int, user: str, qid: str, correct: bool, platform: str) -> NewAnswer:
    return NewAnswer(
        group_id=group_id, platform=platform, user_id=user, display_name=user, question_id=qid,
        post_id=None, choice=0, correct=correct, points=0, answered_at=T0,
        local_date=date(2026, 3, 2), elapsed_ms=None,
    )  # fmt: skip


async def test_concurrent_group_reads_share_statements(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "bot.db")
    try:
        infos = [
            QuestionInfo(
                id=f"q{i}", kind="k", section=f"S{i % 2}", topic="T", concept=f"C{i}",
                source_hash="h",
            )
            for i in range(3)
        ]
        await store.sync_questions(infos, T0)
        groups = [
            await store.ensure_group(
                GroupRef(platform=Platform.SHELL, channel_id=f"g{n}"), GroupDefaults()
            )
            for n in range(30)
        ]
        slack = await store.ensure_group(
            GroupRef(platform=Platform.SLACK, channel_id="s"), GroupDefaults()
        )
        for n, g in enumerate(groups[:20]):
            for i in range(n % 3 + 1):
                await store.record_answer(_answer(g.id, f"u{n}", f"q{i}", i % 2 == 0, "shell"))
            await store.record_answer(_answer(g.id, f"v{n}", "q0", False, "shell"))
            await store.set_reminders("shell", f"u{n}", f"u{n}", n % 2 == 0)
            await store.set_reminders("shell", f"v{n}", f"v{n}", True)
        # Same user id on another platform, opted in, answered only in the Slack group.
        await store.record_answer(_answer(slack.id, "u0", "q1", True, "slack"))
        await store.set_reminders("slack", "u0", "u0", True)

        ids = [g.id for g in groups]
        alone_tallies = [sorted(await store.concept_tallies(i)) for i in ids]
        alone_members = [await store.reminder_members(i, "shell") for i in ids]
        assert alone_tallies[2] == [("C0", "S0", 2, 1), ("C1", "S1", 1, 0), ("C2", "S0", 1, 1)]
        assert alone_members[2] == ["u2", "v2"] and alone_members[3] == ["v3"]
        assert alone_members[25] == [] and alone_tallies[25] == []

        statements: list[str] = []
        await store.db.conn.set_trace_callback(statements.append)
        tallies, members, slack_members = await asyncio.gather(
            asyncio.gather(*(store.concept_tallies(i) for i in ids)),
            asyncio.gather(*(store.reminder_members(i, "shell") for i in ids)),
            store.reminder_members(slack.id, "slack"),
        )
        await store.db.conn.set_trace_callback(None)
        assert [sorted(t) for t in tallies] == alone_tallies
        assert list(members) == alone_members
        assert slack_members == ["u0"]
        reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert len(reads) <= 4  # not one per group and read
    finally:
        await store.close()


async def test_restart_builds_each_scheduled_group_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A restart's reveals read their groups by id, then the first tick asks for
    # every scheduled group: the second read reuses the settings the first built.
    db = tmp_path / "bot.db"
    store = await SqliteStore.open(db)
    try:
        for n in range(12):
            g = await store.ensure_group(
                GroupRef(platform=Platform.SHELL, channel_id=f"g{n}"), GroupDefaults()
            )
            await store.save_group(replace(g, scheduled=n % 3 != 0))
    finally:
        await store.close()
    built: list[int] = []
    real = store_module.group_from_row

    def counting(row: sqlite3.Row) -> GroupSettings:
        built.append(int(row["id"]))
        return real(row)

    monkeypatch.setattr(store_module, "group_from_row", counting)
    store = await SqliteStore.open(db)
    try:
        by_id = await asyncio.gather(*(store.group_by_id(i) for i in range(1, 7)))
        scheduled = await store.scheduled_groups()
        assert [g.ref.channel_id for g in scheduled] == [
            f"g{n}" for n in range(12) if n % 3 != 0
        ]
        assert sorted(built) == sorted({*range(1, 7), *(g.id for g in scheduled)})
        for g in by_id:
            assert g is not None
            if g.scheduled:
                assert next(s for s in scheduled if s.id == g.id) is g
    finally:
        await store.close()
