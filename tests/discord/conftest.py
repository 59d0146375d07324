from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl
from discord_fakes import FakeDiscord
from discord_harness import Bot, start_bot, utc
from manual_clock import ManualClock


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    saved = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    # REST and the gateway both point at the fake: nothing may leave the machine.
    discord.http.Route.BASE = server.base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(server.gateway_url)
    try:
        yield server
    finally:
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved
        await server.close()


@pytest.fixture
def clock() -> ManualClock:
    # 10:00 in Seoul on a Friday.
    return ManualClock(utc(2026, 11, 27, 1, 0))


@pytest.fixture
async def make_bot(
    fake: FakeDiscord, tmp_path: Path, clock: ManualClock
) -> AsyncIterator[Callable[..., Awaitable[Bot]]]:
    """Start bot instances on one database file; all are closed after the test."""
    started: list[Bot] = []

    async def make(**options: Any) -> Bot:
        bot = await start_bot(tmp_path / "studybot.db", clock, **options)
        started.append(bot)
        return bot

    yield make
    for bot in reversed(started):
        if not bot.client.is_closed():
            await bot.close()


@pytest.fixture
async def bot(make_bot: Callable[..., Awaitable[Bot]]) -> Bot:
    return await make_bot()
