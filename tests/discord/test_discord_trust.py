"""Trust boundaries on Discord, through the real discord.py client: an admin of
one server never reaches another server's group, and interactions from places
the bot does not serve (a user install elsewhere) create nothing."""

from __future__ import annotations

import asyncio
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
from hostile_input import HOSTILE, TRACEBACK, hostile
from hypothesis import given
from hypothesis import strategies as st

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


# --- hostile arguments to every command (property test) -----------------------

# (command, subcommand, its free-text options)
FREE_TEXT: list[tuple[str, str | None, tuple[str, ...]]] = [
    ("lookup", None, ("query",)),
    ("quiz", None, ()),
    ("leaderboard", None, ()),
    ("stats", None, ()),
    ("topics", None, ()),
    ("help", None, ()),
    ("remind", None, ()),
    (ADMIN_GROUP, "schedule", ("time", "timezone", "deck")),
    (ADMIN_GROUP, "settings", ("change",)),
    (ADMIN_GROUP, "pause", ()),
    (ADMIN_GROUP, "resume", ()),
    (ADMIN_GROUP, "post-now", ()),
    (ADMIN_GROUP, "report", ()),
    (ADMIN_GROUP, "reload", ()),
    (ADMIN_GROUP, "deck show", ()),
    (ADMIN_GROUP, "deck use", ("name",)),
    (ADMIN_GROUP, "deck confirm", ()),
    (ADMIN_GROUP, "deck rollback", ()),
]


def command_payload(
    name: str, sub: str | None, options: list[dict[str, Any]], **kw: Any
) -> dict[str, Any]:
    """`sub` may be `group leaf` (the admin group's `deck` subcommands)."""
    if sub is None or " " not in sub:
        return slash(name, options, sub=sub, **kw)
    group, leaf = sub.split()
    nested = [{"type": 1, "name": leaf, "options": options}]
    return slash(name, [{"type": 2, "name": group, "options": nested}], **kw)


async def wait_message(fake: FakeDiscord, before: int) -> dict[str, Any]:
    """The first message (not a bare defer) among responses after `before`."""
    for _ in range(5000):
        for call in fake.responses()[before:]:
            data = reply_data(call)
            if data.get("content") or data.get("embeds"):
                return data
        await asyncio.sleep(0.001)
    raise AssertionError(f"no reply; saw {fake.responses()[before:]}")


def sent_messages(fake: FakeDiscord, since: int) -> list[dict[str, Any]]:
    """Every message body the bot sent since call `since`: replies, follow-ups,
    channel posts and edits."""
    bodies = []
    for call in fake.calls[since:]:
        if call.method not in {"POST", "PATCH"} or not isinstance(call.body, dict):
            continue
        data = reply_data(call) if "/callback" in call.path else call.body
        if isinstance(data, dict) and (data.get("content") or data.get("embeds")):
            bodies.append(data)
    return bodies


@HOSTILE
@given(
    command=st.sampled_from(FREE_TEXT),
    values=st.lists(hostile([str(OTHER_GUILD_CHANNEL_ID)]), min_size=3, max_size=3),
    admin=st.booleans(),
    pick_y_channel=st.booleans(),
)
async def test_hostile_arguments_to_every_command(
    bot: Bot,
    fake: FakeDiscord,
    command: tuple[str, str | None, tuple[str, ...]],
    values: list[str],
    admin: bool,
    pick_y_channel: bool,
) -> None:
    if not await rows(bot, "SELECT * FROM groups"):
        await y_paused_at_seven(bot, fake)
    name, sub, names = command
    options = [option(n, v) for n, v in zip(names, values, strict=False)]
    resolved = None
    if sub == "schedule" and pick_y_channel:
        channel, resolved = y_channel_option(resolved_guild=False)
        options.append(channel)
    others = f"SELECT * FROM groups WHERE channel_id <> '{CHANNEL_ID}' ORDER BY id"
    before_rows = await rows(bot, others)
    before_calls, before_responses = len(fake.calls), len(fake.responses())
    bot.feed(command_payload(name, sub, options, admin=admin, resolved=resolved))
    data = await wait_message(fake, before_responses)
    assert not TRACEBACK.search(text_of(data))
    assert await rows(bot, others) == before_rows
    for body in sent_messages(fake, before_calls):
        assert body.get("allowed_mentions") == {"parse": []}, body
