"""Trust boundaries on Discord, through the real discord.py client: an admin of
one server never reaches another server's group, and interactions from places
the bot does not serve (a user install elsewhere) create nothing."""

from __future__ import annotations

from typing import Any

import pytest
from discord_fakes import (
    APP_ID,
    CHANNEL_ID,
    GUILD_ID,
    OTHER_GUILD_CHANNEL_ID,
    OTHER_GUILD_ID,
    FakeDiscord,
    is_ephemeral,
    option,
    reply_data,
    slash,
    text_of,
)
from discord_harness import Bot

from bot.adapters.discord.commands import ADMIN_GROUP
from bot.cli.discord import sync_commands

NOT_INSTALLED_GUILD = 800000000000000099


async def ask(bot: Bot, fake: FakeDiscord, payload: dict[str, Any]) -> dict[str, Any]:
    before = len(fake.responses())
    bot.feed(payload)
    calls = await fake.wait_responses(before + 1)
    return reply_data(calls[-1])


def in_y(name: str, options: list[dict[str, Any]] | None = None, **kw: Any) -> dict[str, Any]:
    """An admin of server Y, in Y's channel."""
    return slash(
        ADMIN_GROUP,
        options,
        sub=name,
        admin=True,
        guild_id=OTHER_GUILD_ID,
        channel_id=OTHER_GUILD_CHANNEL_ID,
        **kw,
    )


async def rows(bot: Bot, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in await bot.store.db.fetchall(sql)]


async def y_paused_at_seven(bot: Bot, fake: FakeDiscord) -> list[tuple[Any, ...]]:
    assert "07:00" in text_of(await ask(bot, fake, in_y("schedule", [option("time", "07:00")])))
    await ask(bot, fake, in_y("pause"))
    before = await rows(bot, "SELECT * FROM groups ORDER BY id")
    [y] = [r for r in before if r[2] == str(OTHER_GUILD_CHANNEL_ID)]
    assert y[3] == str(OTHER_GUILD_ID)  # the space is stored with the group
    return before


def y_channel_option(*, resolved_guild: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """The channel option as a crafted client could send it: Y's channel id, with
    resolved data that (falsely) claims it is in X."""
    channel: dict[str, Any] = {
        "id": str(OTHER_GUILD_CHANNEL_ID),
        "type": 0,
        "name": "y-daily",
        "permissions": "0",
    }
    if resolved_guild:
        channel["guild_id"] = str(GUILD_ID)
    return option("channel", str(OTHER_GUILD_CHANNEL_ID), kind=7), {
        "channels": {str(OTHER_GUILD_CHANNEL_ID): channel}
    }


@pytest.mark.parametrize("resolved_guild", [False, True])
async def test_admin_of_x_cannot_schedule_ys_channel_by_option(
    bot: Bot, fake: FakeDiscord, resolved_guild: bool
) -> None:
    before = await y_paused_at_seven(bot, fake)
    channel, resolved = y_channel_option(resolved_guild=resolved_guild)
    payload = slash(
        ADMIN_GROUP,
        [option("time", "03:17"), option("timezone", "UTC"), channel],
        sub="schedule",
        admin=True,
        resolved=resolved,
    )
    data = await ask(bot, fake, payload)
    assert "not in this server" in text_of(data)
    assert fake.find("GET", rf"/channels/{OTHER_GUILD_CHANNEL_ID}")  # looked the channel up
    assert await rows(bot, "SELECT * FROM groups ORDER BY id") == before


async def test_admin_of_x_cannot_schedule_ys_channel_by_pasted_mention(
    bot: Bot, fake: FakeDiscord
) -> None:
    before = await y_paused_at_seven(bot, fake)
    for deck in (f"<#{OTHER_GUILD_CHANNEL_ID}>", str(OTHER_GUILD_CHANNEL_ID)):
        payload = slash(
            ADMIN_GROUP,
            [option("time", "03:17"), option("timezone", "UTC"), option("deck", deck)],
            sub="schedule",
            admin=True,
        )
        data = await ask(bot, fake, payload)
        assert "pasted as text are not used" in text_of(data)
    groups = await rows(bot, "SELECT * FROM groups ORDER BY id")
    assert [g for g in groups if g[2] == str(OTHER_GUILD_CHANNEL_ID)] == [
        g for g in before if g[2] == str(OTHER_GUILD_CHANNEL_ID)
    ]
    assert not [g for g in groups if g[2] == str(CHANNEL_ID) and g[10]]  # X not scheduled


async def test_a_channel_the_bot_cannot_see_is_refused(bot: Bot, fake: FakeDiscord) -> None:
    unknown = 700000000000000099
    channel = {"id": str(unknown), "type": 0, "name": "x", "permissions": "0"}
    resolved = {"channels": {str(unknown): channel}}
    payload = slash(
        ADMIN_GROUP,
        [option("time", "03:17"), option("channel", str(unknown), kind=7)],
        sub="schedule",
        admin=True,
        resolved=resolved,
    )
    assert "cannot see it" in text_of(await ask(bot, fake, payload))
    assert await bot.service.schedules() == []


@pytest.mark.parametrize(
    ("name", "sub", "options"),
    [
        ("leaderboard", None, []),
        ("quiz", None, []),
        ("lookup", None, [option("query", "NAT")]),
        (ADMIN_GROUP, "schedule", [option("time", "09:00")]),
    ],
)
async def test_a_user_install_in_a_server_without_the_bot_creates_nothing(
    bot: Bot, fake: FakeDiscord, name: str, sub: str | None, options: list[dict[str, Any]]
) -> None:
    payload = slash(
        name,
        options,
        sub=sub,
        admin=True,
        guild_id=NOT_INSTALLED_GUILD,
        channel_id=700000000000000098,
        installed=False,
    )
    bot.feed(payload)
    [call] = await fake.wait_responses(1)
    assert is_ephemeral(call) and "not installed in this server" in text_of(reply_data(call))
    assert await rows(bot, "SELECT * FROM groups") == []
    assert await rows(bot, "SELECT * FROM members") == []


async def test_a_user_install_in_someone_elses_dm_is_refused(bot: Bot, fake: FakeDiscord) -> None:
    payload = slash("quiz", guild=False, installed=False)
    payload["context"] = 2  # a DM or group DM that is not with the bot
    bot.feed(payload)
    [call] = await fake.wait_responses(1)
    assert "not installed" in text_of(reply_data(call))
    assert await rows(bot, "SELECT * FROM groups") == []


async def test_the_bots_own_dm_still_answers_lookup(bot: Bot, fake: FakeDiscord) -> None:
    data = await ask(bot, fake, slash("lookup", [option("query", "NAT")], guild=False))
    assert "NAT Gateway" in text_of(data)


async def test_commands_declare_guild_install_and_their_contexts(fake: FakeDiscord) -> None:
    await sync_commands("x")
    [put] = fake.find("PUT", rf"/applications/{APP_ID}/commands")
    commands = {c["name"]: c for c in put.body}
    for command in commands.values():
        assert command["integration_types"] == [0], command["name"]  # guild install only
    in_dm = {name for name, c in commands.items() if 1 in c["contexts"]}
    assert in_dm == {"lookup", "quiz", "topics", "help"}
    assert all(c["contexts"] in ([0], [0, 1]) for c in commands.values())
