"""`studybot discord sync` / `invite`: what Discord receives and what is printed."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from click.testing import CliRunner
from discord_fakes import APP_ID, GUILD_ID, FakeDiscord

from bot.cli import cli
from bot.cli.discord import sync_commands

MANAGE_GUILD = 1 << 5


def by_name(commands: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in commands}


async def test_global_sync_payload_is_localised(fake: FakeDiscord) -> None:
    names = await sync_commands("x")
    [put] = fake.find("PUT", rf"/applications/{APP_ID}/commands")
    commands = by_name(put.body)
    assert set(commands) == {
        "lookup",
        "quiz",
        "leaderboard",
        "stats",
        "topics",
        "help",
        "remind",
        "studybot-admin",
    }
    assert sorted(names) == sorted(commands)

    lookup = commands["lookup"]
    assert lookup["name_localizations"]["ko"] == "찾기"
    assert lookup["name_localizations"]["en-US"] == "lookup"
    assert lookup["description_localizations"]["ko"] == "스터디 노트에서 용어를 찾아봅니다"
    [query] = lookup["options"]
    assert query["autocomplete"] is True and query["required"] is True
    assert query["name_localizations"]["ko"] == "검색어"

    [period] = commands["leaderboard"]["options"]
    assert [c["value"] for c in period["choices"]] == ["week", "month", "all"]
    assert [c["name_localizations"]["ko"] for c in period["choices"]] == [
        "이번 주",
        "이번 달",
        "전체",
    ]

    # Every command and option has a Korean name and description.
    for command in commands.values():
        assert command["description"]
        assert "ko" in command["name_localizations"], command["name"]
        assert "ko" in command["description_localizations"], command["name"]


async def test_admin_group_permissions_in_the_sync_payload(fake: FakeDiscord) -> None:
    await sync_commands("x")
    [put] = fake.find("PUT", rf"/applications/{APP_ID}/commands")
    commands = by_name(put.body)
    admin = commands["studybot-admin"]
    assert admin["default_member_permissions"] == MANAGE_GUILD
    assert admin["dm_permission"] is False
    subs = {o["name"]: o for o in admin["options"]}
    assert set(subs) == {
        "schedule", "pause", "resume", "post-now", "report", "reports", "reload", "settings",
        "deck"
    }  # fmt: skip
    deck = {o["name"]: o for o in subs["deck"]["options"]}
    assert set(deck) == {"show", "use", "upload", "confirm", "rollback"}
    [file] = deck["upload"]["options"]
    assert file["type"] == 11 and file["required"] is True  # an attachment
    assert subs["post-now"]["name_localizations"]["ko"] == "지금-게시"
    schedule = {o["name"]: o for o in subs["schedule"]["options"]}
    assert schedule["channel"]["channel_types"] == [0, 5]  # text and announcement
    assert schedule["timezone"]["autocomplete"] is True
    # User commands stay open to everyone; board and stats make sense in servers only.
    assert commands["lookup"]["default_member_permissions"] is None
    assert commands["leaderboard"]["dm_permission"] is False
    assert commands["lookup"]["dm_permission"] is True


async def test_guild_sync_goes_to_the_guild(fake: FakeDiscord) -> None:
    await sync_commands("x", GUILD_ID)
    [put] = fake.find("PUT", rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    commands = by_name(put.body)
    assert len(commands) == 8 and "studybot-admin" in commands
    assert commands["lookup"]["name_localizations"]["ko"] == "찾기"
    assert fake.find("PUT", rf"/applications/{APP_ID}/commands") == []


def test_invite_url_has_exactly_the_needed_scopes_and_permissions() -> None:
    result = CliRunner().invoke(cli, ["discord", "invite", "--client-id", "1234"])
    assert result.exit_code == 0, result.output
    query = parse_qs(urlsplit(result.output.strip()).query)
    assert query["client_id"] == ["1234"]
    assert query["scope"] == ["bot applications.commands"]
    # View Channel 1<<10, Send Messages 1<<11, Embed Links 1<<14, Attach Files 1<<15,
    # Read Message History 1<<16 (Discord's documented bits).
    assert query["permissions"] == [str((1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16))]


def test_sync_without_a_token_says_what_to_do(monkeypatch: Any, tmp_path: Any) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)  # no .env here
    result = CliRunner().invoke(cli, ["discord", "sync"])
    assert result.exit_code != 0
    assert "DISCORD_TOKEN is not set" in result.output
    assert "Traceback" not in result.output


def _check_name(name: str) -> None:
    # Discord: 1-32 of letters, numbers, - _ ' ; lowercase where a case exists.
    assert 1 <= len(name) <= 32, name
    assert all(ch.isalnum() or ch in "-_'" for ch in name), name
    assert name == name.lower(), name


def _check_localised(item: dict[str, Any]) -> None:
    names = [item["name"], *item.get("name_localizations", {}).values()]
    for name in names:
        _check_name(name)
    texts = [item["description"], *item.get("description_localizations", {}).values()]
    for text in texts:
        assert 1 <= len(text) <= 100, text
    for choice in item.get("choices", []):
        assert choice["value"] != "" and len(str(choice["value"])) <= 100
        for label in [choice["name"], *choice.get("name_localizations", {}).values()]:
            assert 1 <= len(label) <= 100
    for child in item.get("options", []):
        _check_localised(child)


async def test_every_name_and_description_is_within_discords_rules(fake: FakeDiscord) -> None:
    """What Discord would refuse with a 400 at sync time, caught offline."""
    await sync_commands("x")
    [put] = fake.find("PUT", rf"/applications/{APP_ID}/commands")
    for command in put.body:
        _check_localised(command)


def test_sync_command_line_end_to_end(monkeypatch: Any, tmp_path: Any) -> None:
    """`studybot discord sync --guild ID` with DISCORD_TOKEN from the environment,
    against the fake running on its own loop in a thread (click runs asyncio.run)."""
    import asyncio
    import threading

    import discord

    fake = FakeDiscord()
    loop = asyncio.new_event_loop()
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(fake.start())
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(5)
    monkeypatch.setattr(discord.http.Route, "BASE", fake.base)
    monkeypatch.setenv("DISCORD_TOKEN", "token-from-env")
    monkeypatch.chdir(tmp_path)
    try:
        result = CliRunner().invoke(cli, ["discord", "sync", "--guild", str(GUILD_ID)])
    finally:
        asyncio.run_coroutine_threadsafe(fake.close(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
    assert result.exit_code == 0, result.output
    assert f"Synced 8 commands to server {GUILD_ID}" in result.output
    assert "token-from-env" not in result.output
    assert len(fake.find("PUT", rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")) == 1
