"""A restart's fan-out reads the same posts several ways (to reveal, then as
each group's latest): on SQLite, where this process is the only writer, a post
it already holds is reused, not built again from its row."""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import bot.storage.posts as posts_module
from bot.core.records import DailyPost, GroupDefaults, NewPost, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.storage import SqliteStore

T0 = datetime(2026, 3, 1, 0, tzinfo=UTC)
DAY = date(2026, 3, 1)


async def _seed(db: Path, groups: int) -> list[int]:
    store = await SqliteStore.open(db)
    try:
        await store.sync_questions(
            [QuestionInfo(id="q1", kind="", section="", topic="", concept="", source_hash="")],
            T0,
        )
        ids = []
        for n in range(groups):
            g = await store.ensure_group(
                GroupRef(platform=Platform.SHELL, channel_id=f"g{n}"), GroupDefaults()
            )
            ids.append(g.id)
        await store.create_posts([
            NewPost(group_id=i, local_date=DAY, timezone="UTC", question_id="q1",
                    posted_at=T0, closes_at=T0 + timedelta(hours=1))
            for i in ids
        ])  # fmt: skip
        return ids
    finally:
        await store.close()


async def test_latest_posts_reuse_the_posts_a_restart_loaded_to_reveal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "bot.db"
    ids = await _seed(db, 30)
    built: list[int] = []
    real = posts_module.post_from_row

    def counting(row: sqlite3.Row) -> DailyPost:
        built.append(int(row["id"]))
        return real(row)

    monkeypatch.setattr(posts_module, "post_from_row", counting)
    store = await SqliteStore.open(db)
    try:
        to_reveal = await store.posts_to_reveal(T0 + timedelta(days=1))
        assert len(to_reveal) == 30 and len(built) == 30
        won = await store.claim_reveals([p.id for p in to_reveal], T0 + timedelta(days=1))
        assert len(won) == 30
        latest = await store.latest_posts(ids)
        assert len(built) == 30  # none built twice
        for post in to_reveal:
            # The held copy, with what this process wrote since (the reveal's claim).
            assert latest[post.group_id] == replace(post, revealed_at=T0 + timedelta(days=1))
    finally:
        await store.close()


def test_held_posts_are_updated_with_every_other_field_kept() -> None:
    # _post_with builds the post directly (not dataclasses.replace): a field
    # added to DailyPost later must not fall back to its default here.
    values: dict[str, object] = {}
    for f in fields(DailyPost):
        kind = {"date": DAY, "datetime": T0 + timedelta(minutes=len(values)), "int": len(values),
                "bool": True, "str": f"v-{f.name}"}  # fmt: skip
        values[f.name] = kind[str(f.type).split(" | ")[0]]
    post = DailyPost(**values)  # type: ignore[arg-type]
    same = posts_module._post_with(post, message_ref=post.message_ref, delivered=post.delivered,
                                   revealed_at=post.revealed_at)  # fmt: skip
    assert same == post and same is not post
    changed = posts_module._post_with(post, message_ref=None, delivered=False, revealed_at=None)
    assert changed == replace(post, message_ref=None, delivered=False, revealed_at=None)


async def test_a_fan_out_writes_each_shared_instant_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[datetime] = []
    real = posts_module.ts

    def counting(at: datetime) -> str:
        written.append(at)
        return real(at)

    monkeypatch.setattr(posts_module, "ts", counting)
    await _seed(tmp_path / "bot.db", 25)  # 25 posts, one posted_at, one closes_at
    assert len(written) == 2
