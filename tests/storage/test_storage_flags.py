"""Statistics flags in the store and in `studybot quiz flagged` (issue 18)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.cli.flagged import flagged_rows, render_flagged
from bot.core.records import QuestionInfo
from bot.storage import SqliteStore
from bot.storage.convert import dt

AT = dt("2026-03-02T08:00:00+00:00")


async def test_a_flag_is_kept_once_and_listed_as_still_asked(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    store = await SqliteStore.open(path)
    try:
        info = QuestionInfo(id="q1", kind="name", section="S", topic="T", concept="c",
                            source_hash="h")  # fmt: skip
        await store.sync_questions([info], AT)
        assert await store.flag_question("q1", "wrong-choice", "choice 2 led", AT)
        assert not await store.flag_question("q1", "wrong-choice", "again", AT)
        [flag] = await store.statistics_flags()
        assert (flag.id, flag.detail, flag.retired) == ("q1", "choice 2 led", False)
        assert "q1" not in await store.retired_questions()
    finally:
        await store.close()
    [row] = await asyncio.to_thread(flagged_rows, path, {})
    assert row["retired_at"] is None and row["reason"] == "wrong-choice: choice 2 led"
    assert "still asked" in render_flagged(row)
