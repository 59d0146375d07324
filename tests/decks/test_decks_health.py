"""`studybot health` (the Docker HEALTHCHECK) reads the heartbeat a running
bot touches beside its database."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.cli.health import beat, heartbeat_path, stamp_heartbeat


async def test_beat_touches_the_file_until_cancelled(tmp_path: Path) -> None:
    path = heartbeat_path(tmp_path / "data" / "studybot.db")
    task = asyncio.create_task(beat(path, every=0.01))
    await asyncio.sleep(0.05)
    task.cancel()
    assert path.is_file() and path.parent == tmp_path / "data"


def test_health_is_fine_while_fresh_and_fails_when_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STUDYBOT_DATABASE", str(tmp_path / "data" / "studybot.db"))
    missing = CliRunner().invoke(cli, ["health"])
    assert missing.exit_code == 1 and "no heartbeat" in missing.output
    path = heartbeat_path(tmp_path / "data" / "studybot.db")
    path.parent.mkdir()
    stamp_heartbeat(path)
    assert CliRunner().invoke(cli, ["health"]).exit_code == 0
    old = time.time() - 600
    os.utime(path, (old, old))
    stale = CliRunner().invoke(cli, ["health"])
    assert stale.exit_code == 1 and "old" in stale.output
