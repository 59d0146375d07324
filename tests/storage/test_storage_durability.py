"""Acknowledged answers survive a process that dies without closing the store."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

_CHILD = textwrap.dedent(
    """
    import asyncio, os, sys
    from datetime import UTC, date, datetime, timedelta
    from bot.core.records import GroupDefaults, NewAnswer, QuestionInfo
    from bot.core.types import GroupRef, Platform
    from bot.storage import SqliteStore

    async def main() -> None:
        store = await SqliteStore.open(sys.argv[1])
        t0 = datetime(2026, 11, 26, tzinfo=UTC)
        group = await store.ensure_group(
            GroupRef(platform=Platform.SHELL, channel_id="room"), GroupDefaults()
        )
        await store.sync_questions(
            [QuestionInfo(id="q", kind="", section="", topic="", concept="", source_hash="")], t0
        )
        post = await store.create_post(group_id=group.id, local_date=date(2026, 11, 26),
        timezone="Asia/Seoul",
            question_id="q", posted_at=t0, closes_at=t0 + timedelta(days=1))
        def answer(i: int) -> NewAnswer:
            return NewAnswer(group_id=group.id, platform="shell", user_id=f"u{i}",
                display_name="", question_id="q", post_id=post.id, choice=0, correct=True,
                points=10, answered_at=t0, local_date=date(2026, 11, 26), elapsed_ms=1)
        acked = 0
        async def one(i: int) -> None:
            nonlocal acked
            await store.record_answer(answer(i))
            acked += 1
        tasks = [asyncio.create_task(one(i)) for i in range(300)]
        while acked < 150:
            await asyncio.sleep(0)
        print(acked, flush=True)
        os._exit(0)  # die mid-load: no close, no flush of anything still queued

    asyncio.run(main())
    """
)


@pytest.mark.timeout(60)
def test_acknowledged_answers_survive_abrupt_exit(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=50
    )
    assert done.returncode == 0, done.stderr
    acked = int(done.stdout.strip())
    with sqlite3.connect(path) as conn:  # recovers the WAL the child left behind
        stored, distinct = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT member_id) FROM answers"
        ).fetchone()
    assert stored == distinct and stored >= acked >= 150
