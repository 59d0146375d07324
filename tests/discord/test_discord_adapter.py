"""The adapter contract `studybot run` relies on: start() logs in, connects the
gateway with minimal intents and runs until close() (or cancellation)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import discord
import pytest
from discord_fakes import CHANNEL_ID, FakeDiscord
from discord_harness import start_bot
from manual_clock import ManualClock

from bot.adapters.discord import DiscordAdapter
from bot.core.types import GroupRef, Platform, Reply, ReplyKind


async def wait_until(condition: object, within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def test_start_runs_the_gateway_until_close(
    fake: FakeDiscord, tmp_path: Path, clock: ManualClock
) -> None:
    bot = await start_bot(tmp_path / "a.db", clock)
    await bot.adapter.close()  # the harness logged in already; start over as `run` would
    adapter = DiscordAdapter("x", bot.service, clock=clock, guild_ready_timeout=0.01)
    task = asyncio.create_task(adapter.start())
    try:
        await wait_until(adapter.client.is_ready)
        [identify] = fake.identifies
        assert identify["intents"] == discord.Intents(guilds=True).value == 1  # nothing privileged
        assert not task.done()  # start() keeps running while connected
        await adapter.close()
        await asyncio.wait_for(task, 5)  # ... and returns once closed
        assert adapter.client.is_closed()
    finally:
        task.cancel()
        await bot.app.close()


async def test_cancelling_start_closes_the_client(
    fake: FakeDiscord, tmp_path: Path, clock: ManualClock
) -> None:
    bot = await start_bot(tmp_path / "b.db", clock)
    await bot.adapter.close()
    adapter = DiscordAdapter("x", bot.service, clock=clock, guild_ready_timeout=0.01)
    task = asyncio.create_task(adapter.start())
    await wait_until(adapter.client.is_ready)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert adapter.client.is_closed()
    await bot.app.close()


async def test_bad_token_fails_start(fake: FakeDiscord, tmp_path: Path, clock: ManualClock) -> None:
    bot = await start_bot(tmp_path / "c.db", clock)
    await bot.adapter.close()
    fake.fail_next("GET", "/users/@me", 401, {"message": "401: Unauthorized", "code": 0})
    adapter = DiscordAdapter("bad", bot.service, clock=clock)
    with pytest.raises(discord.LoginFailure):
        await adapter.start()
    assert adapter.client.is_closed()
    await bot.app.close()


async def test_outbox_waits_for_login(
    fake: FakeDiscord, tmp_path: Path, clock: ManualClock
) -> None:
    bot = await start_bot(tmp_path / "d.db", clock)
    await bot.adapter.close()
    adapter = DiscordAdapter("x", bot.service, clock=clock)
    group = GroupRef(platform=Platform.DISCORD, channel_id=str(CHANNEL_ID))
    sending = asyncio.create_task(
        adapter.outbox.post(group, Reply(kind=ReplyKind.TEXT, text="hello"))
    )
    await asyncio.sleep(0.05)
    assert not sending.done()  # handed to the core before start(): it waits
    await adapter.client.login("x")
    assert await asyncio.wait_for(sending, 5) is not None
    await adapter.close()
    await bot.app.close()
