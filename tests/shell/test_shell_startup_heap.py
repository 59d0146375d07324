"""`studybot run` sets its start-up heap aside from the garbage collector
(bot.app.freeze_startup_heap) once the app is built, before its first tick."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.app
from bot.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def test_run_freezes_the_start_up_heap_before_the_first_tick(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    start = bot.app.App.start

    async def started(app: bot.app.App) -> None:
        events.append("start")
        await start(app)

    monkeypatch.setattr(bot.app, "freeze_startup_heap", lambda: events.append("freeze"))
    monkeypatch.setattr(bot.app.App, "start", started)
    env = {
        "STUDYBOT_DATABASE": str(tmp_path / "bot.db"),
        "STUDYBOT_CONTENT_DIR": str(ROOT / "content"),
    }
    done = CliRunner().invoke(cli, ["run", "--shell"], input="/quit\n", env=env)
    assert done.exit_code == 0, done.output
    assert events == ["freeze", "start"]


def test_the_frozen_heap_is_left_out_of_collections() -> None:
    before = gc.get_freeze_count()
    kept = [{"deck": n} for n in range(1000)]  # containers the collector tracks
    try:
        bot.app.freeze_startup_heap()
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()  # (this test process goes on collecting as before)
