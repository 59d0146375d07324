"""The store on real databases: migrations, guards, concurrency, backup, bad files.
Tests taking `db_target` run on SQLite and PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import asyncpg
import pytest

from bot.core.records import GroupDefaults, NewAnswer, Period, QuestionInfo
from bot.core.types import GroupRef, Platform
from bot.storage import SqliteStore, SqlStore, StorageError, open_store
from bot.storage.db import Database
from bot.storage.migrate import default_migrations_dir, migrate
from bot.storage.sql import Conn

T0 = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
ROOM = GroupRef(platform=Platform.SHELL, channel_id="room")


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


async def _seed(store: SqlStore) -> tuple[int, int]:
    group = await store.ensure_group(ROOM, GroupDefaults())
    await store.sync_questions(
        [QuestionInfo(id="q1", kind="k", section="S", topic="T", concept="C", source_hash="h")], T0
    )
    post = await store.create_post(
        timezone="Asia/Seoul",
        group_id=group.id,
        local_date=date(2026, 11, 26),
        question_id="q1",
        posted_at=T0,
        closes_at=T0 + timedelta(days=1),
    )
    assert post is not None
    return group.id, post.id


def _answer(group_id: int, post_id: int | None, user: str, choice: int = 0) -> NewAnswer:
    return NewAnswer(
        group_id=group_id,
        platform="shell",
        user_id=user,
        display_name=user.title(),
        question_id="q1",
        post_id=post_id,
        choice=choice,
        correct=choice == 0,
        points=10 if choice == 0 else 0,
        answered_at=T0,
        local_date=date(2026, 11, 26),
        elapsed_ms=5,
    )


async def test_open_applies_migrations_once_and_sets_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b.db"
    store = await SqliteStore.open(path)
    try:
        mode = await store.db.fetchone("PRAGMA journal_mode")
        fk = await store.db.fetchone("PRAGMA foreign_keys")
        sync = await store.db.fetchone("PRAGMA synchronous")
        assert mode is not None and mode[0] == "wal"
        assert fk is not None and fk[0] == 1 and sync is not None and sync[0] == 1
        assert await migrate(store.db, at=datetime(2026, 1, 1, tzinfo=UTC)) == []
    finally:
        await store.close()
    assert {"groups", "answers", "daily_posts", "schema_migrations"} <= _tables(path)


async def test_failed_migration_leaves_database_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(default_migrations_dir(), folder)
    (folder / "0900_bad.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\n"
        "ALTER TABLE groups ADD COLUMN extra TEXT;\n"
        "INSERT INTO nowhere VALUES (1);\n",
        encoding="utf-8",
    )
    path = tmp_path / "m.db"
    with pytest.raises(StorageError, match=r"0900_bad\.sql failed: no such table: nowhere"):
        await SqliteStore.open(path, migrations=folder)
    assert "half_done" not in _tables(path)
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(groups)")}
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    shipped = sorted(int(f.name[:4]) for f in default_migrations_dir().glob("*.sql"))
    assert "extra" not in columns and versions == shipped
    # Fix the migration: the next start applies it.
    (folder / "0900_bad.sql").write_text("CREATE TABLE half_done (x INTEGER);\n", encoding="utf-8")
    store = await SqliteStore.open(path, migrations=folder)
    await store.close()
    assert "half_done" in _tables(path)


async def test_corrupt_file_gives_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not sqlite" * 300)
    with pytest.raises(StorageError) as info:
        await SqliteStore.open(path)
    assert "not a database" in str(info.value) and "\n" not in str(info.value)


async def test_unusable_paths_give_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StorageError, match="cannot create folder"):
        await SqliteStore.open(tmp_path / "file" / "db.sqlite")
    with pytest.raises(StorageError, match="is a folder"):
        await SqliteStore.open(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
async def test_read_only_file_gives_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    store = await SqliteStore.open(path)
    await store.close()
    for name in ("ro.db-wal", "ro.db-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    os.chmod(path, 0o444)
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(StorageError, match=r"readonly|read-only|unable to open"):
            await SqliteStore.open(path)
    finally:
        os.chmod(tmp_path, 0o755)


async def test_guards_one_post_per_date_one_answer_per_member(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        group_id, post_id = await _seed(store)
        again = await store.create_post(
            timezone="Asia/Seoul",
            group_id=group_id,
            local_date=date(2026, 11, 26),
            question_id="q1",
            posted_at=T0,
            closes_at=T0,
        )
        assert again is None
        first = await store.record_answer(_answer(group_id, post_id, "ann", 0))
        second = await store.record_answer(_answer(group_id, post_id, "ann", 2))
        assert first.recorded and not second.recorded and second.choice == 0
        # The database itself refuses a duplicate, whatever the code above it does.
        with pytest.raises((sqlite3.IntegrityError, asyncpg.UniqueViolationError)):
            async with store.db.transaction() as conn:
                await conn.execute(
                    "INSERT INTO answers (group_id, member_id, question_id, post_id, kind, choice,"
                    " correct, answered_at, local_date) SELECT group_id, member_id, question_id,"
                    " post_id, kind, choice, correct, answered_at, local_date FROM answers"
                )
        # Practice answers are not limited.
        for _ in range(3):
            assert (await store.record_answer(_answer(group_id, None, "ann", 1))).recorded
        assert await store.choice_counts(post_id) == {0: 1}
    finally:
        await store.close()


async def test_concurrent_clicks_with_duplicates_one_answer_each(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        group_id, post_id = await _seed(store)
        users = [f"u{i % 300}" for i in range(1000)]  # 1000 clicks, 300 members
        outcomes = await asyncio.gather(
            *(
                store.record_answer(_answer(group_id, post_id, u, i % 3))
                for i, u in enumerate(users)
            )
        )
        assert sum(o.recorded for o in outcomes) == 300
        row = await store.db.fetchone("SELECT COUNT(*), COUNT(DISTINCT member_id) FROM answers")
        assert row is not None and tuple(row) == (300, 300)
        board = await store.leaderboard(group_id, Period.ALL, date(2026, 11, 26), 500)
        assert sum(r.answered for r in board) == 300
    finally:
        await store.close()


async def test_one_bad_answer_does_not_sink_its_batch(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:
        group_id, post_id = await _seed(store)
        answers = [_answer(group_id, post_id, f"u{i}") for i in range(20)]
        answers.insert(7, _answer(group_id, post_id + 999, "ghost"))  # no such post
        results = await asyncio.gather(
            *(store.record_answer(a) for a in answers), return_exceptions=True
        )
        assert isinstance(results[7], (sqlite3.IntegrityError, asyncpg.ForeignKeyViolationError))
        assert sum(1 for r in results if not isinstance(r, BaseException)) == 20
        assert await store.choice_counts(post_id) == {0: 20}
    finally:
        await store.close()


async def test_acknowledged_answers_survive_reopen(db_target: Path | str) -> None:
    store = await open_store(db_target)
    group_id, post_id = await _seed(store)
    results = await asyncio.gather(
        *(store.record_answer(_answer(group_id, post_id, f"u{i}")) for i in range(50))
    )
    await store.close()
    assert all(r.recorded for r in results)
    store = await open_store(db_target)
    try:
        stats = await store.member_stats(group_id, "shell", "u7")
        assert stats.answered == 1 and stats.correct == 1
        assert (await store.get_post(post_id)) is not None
    finally:
        await store.close()


async def test_backup_while_open(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path / "live.db")
    try:
        group_id, post_id = await _seed(store)
        await store.record_answer(_answer(group_id, post_id, "ann"))
        await store.backup(tmp_path / "backups" / "copy.db")
    finally:
        await store.close()
    copy = await SqliteStore.open(tmp_path / "backups" / "copy.db")
    try:
        board = await copy.leaderboard(group_id, Period.WEEK, date(2026, 11, 26), 10)
        assert [(r.display_name, r.points) for r in board] == [("Ann", 10)]
    finally:
        await copy.close()


async def test_group_settings_round_trip_and_cache(db_target: Path | str) -> None:
    store = await open_store(db_target)
    group = await store.ensure_group(ROOM, GroupDefaults(post_time=time(7, 15), timezone="UTC"))
    assert (group.post_time, group.timezone, group.scheduled) == (time(7, 15), "UTC", False)
    from dataclasses import replace

    await store.save_group(replace(group, scheduled=True, paused=True, window_minutes=30))
    await store.close()
    store = await open_store(db_target)
    try:
        [again] = await store.scheduled_groups()
        assert again.paused and again.window_minutes == 30 and again.id == group.id
    finally:
        await store.close()


async def test_question_sync_retires_removed_and_restores(db_target: Path | str) -> None:
    store = await open_store(db_target)
    try:

        def info(qid: str) -> QuestionInfo:
            return QuestionInfo(
                id=qid, kind="k", section="S", topic="T", concept="C", source_hash="h"
            )

        await store.sync_questions([info("a"), info("b")], T0)
        await store.sync_questions([info("a")], T0)
        assert await store.retired_questions() == {"b"}
        await store.sync_questions([info("a"), info("b")], T0)
        assert await store.retired_questions() == set()
        assert await store.retire_question("a", "reported", T0)
        assert not await store.retire_question("a", "reported", T0)
        assert await store.retired_questions() == {"a"}
        # A reported question stays retired when the notes still yield it.
        await store.sync_questions([info("a"), info("b")], T0)
        assert await store.retired_questions() == {"a"}
    finally:
        await store.close()


async def test_database_reads_under_lock_see_only_committed(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "l.db")
    try:
        await db.conn.execute("CREATE TABLE t (x INTEGER)")
        started = asyncio.Event()

        async def writer() -> None:
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO t VALUES (1)")
                started.set()
                await asyncio.sleep(0.05)
                raise RuntimeError("abort")

        task = asyncio.create_task(writer())
        await started.wait()
        row = await db.fetchone("SELECT COUNT(*) FROM t")  # waits for the rollback
        assert row is not None and row[0] == 0
        with pytest.raises(RuntimeError):
            await task
    finally:
        await db.close()


async def test_database_from_a_newer_version_is_refused(db_target: Path | str) -> None:
    store = await open_store(db_target)

    async def future(conn: Conn) -> None:
        await conn.execute("INSERT INTO schema_migrations VALUES (9999, '9999_future', 'now')")

    await store.db.write(future)
    await store.close()
    with pytest.raises(StorageError, match="newer than this Studybot"):
        await open_store(db_target)
