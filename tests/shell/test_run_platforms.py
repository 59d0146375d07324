"""`studybot run`'s platform hook with stand-in adapters (the outermost edge):
a failing adapter ends the run with one line, SIGTERM closes every adapter."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
from manual_clock import ManualClock

from bot.app import Content, StartupError, build_app
from bot.cli.run import _serve_platforms
from bot.config import Settings
from bot.core.types import GroupRef, Platform, Reply


class StandInOutbox:
    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        return None

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        return None

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        return None


class StandInAdapter:
    def __init__(self, fail: str | None = None, block: bool = False) -> None:
        self.outbox = StandInOutbox()
        self.fail = fail
        self.block = block
        self.started = asyncio.Event()
        self.closed = False

    async def start(self) -> None:
        self.started.set()
        if self.fail is not None:
            raise RuntimeError(self.fail)
        if self.block:  # like Discord: start() runs until close()
            await asyncio.Event().wait()

    async def close(self) -> None:
        self.closed = True


async def test_an_adapter_that_cannot_start_ends_the_run(tmp_path: Path, content: Content) -> None:
    app = await build_app(
        Settings(database=tmp_path / "bot.db"), clock=ManualClock(), content=content
    )
    good, bad = StandInAdapter(block=True), StandInAdapter(fail="401 Unauthorized")
    try:
        with pytest.raises(StartupError, match=r"^Bad adapter stopped: 401 Unauthorized$"):
            await asyncio.wait_for(_serve_platforms(app, [("Good", good), ("Bad", bad)]), 5)
    finally:
        await app.close()
    assert good.closed and bad.closed


async def test_sigterm_closes_every_adapter(tmp_path: Path, content: Content) -> None:
    app = await build_app(
        Settings(database=tmp_path / "bot.db"), clock=ManualClock(), content=content
    )
    socket_mode, gateway = StandInAdapter(), StandInAdapter(block=True)
    app.outboxes[Platform.SLACK] = socket_mode.outbox
    try:
        serving = asyncio.create_task(
            _serve_platforms(app, [("Slack", socket_mode), ("Discord", gateway)])
        )
        await asyncio.wait_for(gateway.started.wait(), 5)
        assert app.started  # scheduler runs before adapters take requests
        os.kill(os.getpid(), signal.SIGTERM)  # handled by the loop's signal handler
        await asyncio.wait_for(serving, 5)
    finally:
        await app.close()
    assert socket_mode.closed and gateway.closed
