"""The SQLite file deleted or replaced under a running store: nothing more is
acknowledged, and the error names the file. (Before: answers kept being
confirmed into the unlinked file, 20 confirmed and 0 kept.) SQLite only: a
PostgreSQL server has no file under the bot."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.ports import StoreUnavailable
from bot.core.records import GroupDefaults, NewAnswer, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.storage import SqliteStore, StorageError
from bot.storage.sql import Conn

T0 = datetime(2026, 11, 26, tzinfo=UTC)
ROOM = GroupRef(platform=Platform.SHELL, channel_id="room")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await SqliteStore.open(tmp_path / "bot.db")
    yield opened
    await opened.close()


async def _post(store: SqliteStore) -> tuple[int, int]:
    group = await store.ensure_group(ROOM, GroupDefaults())
    await store.sync_questions(
        [QuestionInfo(id="q", kind="k", section="S", topic="T", concept="C", source_hash="h")], T0
    )
    post = await store.create_post(
        group_id=group.id, local_date=date(2026, 11, 26), timezone="Asia/Seoul",
        question_id="q", posted_at=T0, closes_at=T0 + timedelta(days=1),
    )
    assert post is not None
    return group.id, post.id


def _answer(group_id: int, post_id: int, user: str) -> NewAnswer:
    return NewAnswer(
        group_id=group_id, platform="shell", user_id=user, display_name=user, question_id="q",
        post_id=post_id, choice=0, correct=True, points=10, answered_at=T0,
        local_date=date(2026, 11, 26), elapsed_ms=5,
    )


def _delete(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        (path.parent / name).unlink(missing_ok=True)


def _stored_answers(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0])


async def test_a_deleted_file_refuses_every_answer_naming_the_file(
    store: SqliteStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    group_id, post_id = await _post(store)
    assert (await store.record_answer(_answer(group_id, post_id, "before"))).recorded
    _delete(tmp_path / "bot.db")

    with caplog.at_level(logging.ERROR, logger="bot.storage.db"):
        results = await asyncio.gather(
            *(store.record_answer(_answer(group_id, post_id, f"u{i}")) for i in range(20)),
            return_exceptions=True,
        )
    assert all(isinstance(r, StoreUnavailable) and isinstance(r, StorageError) for r in results)
    message = str(results[0])
    assert str((tmp_path / "bot.db").resolve()) in message and "was deleted" in message
    # One log line for the discovery, not one traceback per answer.
    lines = [r for r in caplog.records if r.name == "bot.storage.db"]
    assert len(lines) == 1 and lines[0].exc_info is None
    # Every other write is refused too, and stays refused.
    with pytest.raises(StoreUnavailable):
        await store.ensure_group(GroupRef(platform=Platform.SHELL, channel_id="new"),
                                 GroupDefaults())
    with pytest.raises(StoreUnavailable):
        await store.record_answer(_answer(group_id, post_id, "later"))


async def test_a_replaced_file_refuses_writes(store: SqliteStore, tmp_path: Path) -> None:
    group_id, post_id = await _post(store)
    path = tmp_path / "bot.db"
    copy = tmp_path / "restored.db"
    shutil.copyfile(path, copy)
    os.replace(copy, path)  # a restore moved over the live file: a new inode
    with pytest.raises(StoreUnavailable, match="was replaced by another file"):
        await store.record_answer(_answer(group_id, post_id, "u1"))
    assert _stored_answers(path) == 0


async def test_a_write_whose_file_vanished_during_the_batch_is_not_acknowledged(
    store: SqliteStore, tmp_path: Path
) -> None:
    """The identity is checked after COMMIT too: a commit into an unlinked file
    is not on disk for anyone, so nobody is told it was saved."""
    await _post(store)

    async def delete_then_write(conn: Conn) -> None:
        _delete(tmp_path / "bot.db")
        await conn.execute("UPDATE groups SET language = 'en'")

    with pytest.raises(StoreUnavailable, match="was deleted"):
        await store.db.write(delete_then_write)


async def test_the_same_file_keeps_working(store: SqliteStore, tmp_path: Path) -> None:
    """Many batches and a WAL checkpoint later it is still the same file: no false alarm."""
    group_id, post_id = await _post(store)
    for i in range(5):
        await store.record_answer(_answer(group_id, post_id, f"u{i}"))
    await store.db.fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
    assert (await store.record_answer(_answer(group_id, post_id, "u9"))).recorded
    assert _stored_answers(tmp_path / "bot.db") == 6
