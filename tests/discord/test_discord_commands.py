"""Each slash command through the real discord.py client and the real core."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from discord_fakes import (
    CHANNEL_ID,
    OTHER_CHANNEL_ID,
    FakeDiscord,
    is_ephemeral,
    option,
    reply_data,
    slash,
    text_of,
)
from discord_harness import Bot
from manual_clock import ManualClock, utc

from bot.adapters.discord.commands import ADMIN_GROUP
from bot.core.types import GroupRef, Platform


async def ask(bot: Bot, fake: FakeDiscord, payload: dict[str, Any]) -> dict[str, Any]:
    before = len(fake.responses())
    bot.feed(payload)
    calls = await fake.wait_responses(before + 1)
    return reply_data(calls[before])


async def test_help_is_an_ephemeral_embed(bot: Bot, fake: FakeDiscord) -> None:
    bot.feed(slash("help"))
    [call] = await fake.wait_responses(1)
    assert call.body["type"] == 4  # answered directly, within the 3 seconds
    assert is_ephemeral(call)
    assert "lookup" in text_of(reply_data(call))
    assert reply_data(call)["embeds"][0]["title"] == "Studybot help"


async def test_help_follows_the_members_korean_client(bot: Bot, fake: FakeDiscord) -> None:
    data = await ask(bot, fake, slash("help", locale="ko"))
    assert data["embeds"][0]["title"] != "Studybot help"
    assert any("\uac00" <= ch <= "\ud7a3" for ch in text_of(data))


async def test_lookup_sends_the_query_and_shows_hits(bot: Bot, fake: FakeDiscord) -> None:
    data = await ask(bot, fake, slash("lookup", [option("query", "NAT")]))
    shown = text_of(data)
    assert "NAT Gateway" in shown
    assert "VPC Peering" not in shown


async def test_lookup_autocomplete_offers_topic_titles(bot: Bot, fake: FakeDiscord) -> None:
    bot.feed(slash("lookup", [option("query", "NA", focused=True)], autocomplete=True))
    [call] = await fake.wait_responses(1)
    assert call.body["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    names = [c["name"] for c in call.body["data"]["choices"]]
    assert names == ["NAT Gateway", "NACL"]


async def test_quiz_shows_a_private_question_with_buttons(bot: Bot, fake: FakeDiscord) -> None:
    bot.feed(slash("quiz"))
    [call] = await fake.wait_responses(1)
    data = reply_data(call)
    assert is_ephemeral(call)
    embed = data["embeds"][0]
    assert embed["author"]["name"].endswith(
        ("topic0", "topic1", "topic2", "topic3", "topic4", "topic5")
    )
    assert "**1.** NAT 게이트웨이" in embed["description"]
    ids = [c["custom_id"] for row in data["components"] for c in row["components"]]
    qid = ids[-1].removeprefix("sb:rep:")
    assert ids[:-1] == [f"sb:ans:p:{qid}:{i}" for i in range(4)]
    labels = [c.get("label") for row in data["components"] for c in row["components"]]
    assert labels[:4] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    ("period", "title"), [("week", "This week"), ("month", "This month"), ("all", "All time")]
)
async def test_leaderboard_period_choice(
    bot: Bot, fake: FakeDiscord, period: str, title: str
) -> None:
    bot.feed(slash("leaderboard", [option("period", period)]))
    [call] = await fake.wait_responses(1)
    assert reply_data(call)["embeds"][0]["title"] == title
    assert not is_ephemeral(call)  # the board is for the whole channel


async def test_stats_is_private(bot: Bot, fake: FakeDiscord) -> None:
    bot.feed(slash("stats", user_id=777))
    [call] = await fake.wait_responses(1)
    assert is_ephemeral(call)
    assert reply_data(call)["embeds"][0]["title"] == "user777's record"


async def test_topics_lists_sections(bot: Bot, fake: FakeDiscord) -> None:
    data = await ask(bot, fake, slash("topics"))
    assert "VPC" in text_of(data) and "S3" in text_of(data)


async def test_remind_reaches_the_core(bot: Bot, fake: FakeDiscord) -> None:
    data = await ask(bot, fake, slash("remind", [option("mode", "on")]))
    # The core has no reminders yet: it answers, naming the command, instead of failing.
    assert "remind" in text_of(data)


async def test_admin_schedules_the_daily_question(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    payload = slash(
        ADMIN_GROUP,
        [option("time", "09:30"), option("timezone", "Asia/Seoul")],
        sub="schedule",
        admin=True,
    )
    bot.feed(payload)
    [call] = await fake.wait_responses(1)
    assert "09:30 (Asia/Seoul)" in text_of(reply_data(call))
    group = GroupRef(
        platform=Platform.DISCORD, channel_id=str(CHANNEL_ID), space_id="800000000000000001"
    )
    assert await bot.service.next_post_time(group, clock()) == utc(2026, 11, 28, 0, 30)


async def test_admin_schedules_another_channel(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    resolved = {
        "channels": {
            str(OTHER_CHANNEL_ID): {
                "id": str(OTHER_CHANNEL_ID),
                "type": 0,
                "name": "daily",
                "permissions": "0",
            }
        }
    }
    payload = slash(
        ADMIN_GROUP,
        [option("time", "07:00"), option("channel", str(OTHER_CHANNEL_ID), kind=7)],
        sub="schedule",
        admin=True,
        resolved=resolved,
    )
    data = await ask(bot, fake, payload)
    assert str(OTHER_CHANNEL_ID) in text_of(data)
    other = GroupRef(platform=Platform.DISCORD, channel_id=str(OTHER_CHANNEL_ID))
    here = GroupRef(platform=Platform.DISCORD, channel_id=str(CHANNEL_ID))
    assert await bot.service.next_post_time(other, clock()) == utc(2026, 11, 27, 22, 0)
    assert await bot.service.next_post_time(here, clock()) is None


async def test_timezone_autocomplete(bot: Bot, fake: FakeDiscord) -> None:
    payload = slash(
        ADMIN_GROUP,
        [option("timezone", "seoul", focused=True)],
        sub="schedule",
        admin=True,
        autocomplete=True,
    )
    bot.feed(payload)
    [call] = await fake.wait_responses(1)
    assert [c["value"] for c in call.body["data"]["choices"]] == ["Asia/Seoul"]


async def test_non_admin_is_refused_before_the_core(
    bot: Bot, fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    payload = slash(ADMIN_GROUP, [option("time", "09:00")], sub="schedule", admin=False)
    with caplog.at_level(logging.INFO, logger="bot.adapters.discord"):
        bot.feed(payload)
        [call] = await fake.wait_responses(1)
    assert is_ephemeral(call)
    assert "Manage Server" in text_of(reply_data(call))  # the adapter's words, not the core's
    assert await bot.service.schedules() == []
    assert any("what=studybot-admin/schedule" in r.getMessage() for r in caplog.records)


async def test_non_admin_refusal_in_korean(bot: Bot, fake: FakeDiscord) -> None:
    data = await ask(bot, fake, slash(ADMIN_GROUP, sub="pause", locale="ko"))
    assert "서버 관리" in text_of(data)


@pytest.mark.parametrize("sub", ["pause", "resume", "post-now", "report", "reload", "settings"])
async def test_every_admin_subcommand_answers_an_admin(
    bot: Bot, fake: FakeDiscord, sub: str
) -> None:
    data = await ask(bot, fake, slash(ADMIN_GROUP, sub=sub, admin=True))
    shown = text_of(data)
    assert shown
    assert "Manage Server" not in shown and "went wrong" not in shown


async def test_guild_commands_refuse_direct_messages(bot: Bot, fake: FakeDiscord) -> None:
    data = await ask(bot, fake, slash("leaderboard", guild=False))
    assert "server channel only" in text_of(data)


_SEEN: list[tuple[str, str]] = []


class _Recording:
    """The core behind the adapter, remembering what each command asked."""

    def __init__(self, service: Any) -> None:
        self._service = service

    async def handle(self, command: Any) -> Any:
        _SEEN.append((str(command.name), command.args))
        return await self._service.handle(command)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)


async def test_reload_confirm_option_reaches_the_core(make_bot: Any, fake: FakeDiscord) -> None:
    _SEEN.clear()
    bot = await make_bot(wrap=_Recording)
    await ask(bot, fake, slash(ADMIN_GROUP, sub="reload", admin=True))
    await ask(bot, fake, slash(ADMIN_GROUP, [{"type": 5, "name": "confirm", "value": True}],
                               sub="reload", admin=True))
    assert _SEEN[-2:] == [("reload", ""), ("reload", "confirm")]
