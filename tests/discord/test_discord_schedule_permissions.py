"""`schedule` checks what it can before it stores: the bot's permissions in
the target channel (View Channel, Send Messages, Embed Links). In the
interaction's channel Discord sends them (`app_permissions`); another
channel's are read over REST from the fake server (roles, member, overwrites)."""

from __future__ import annotations

from typing import Any

from discord_fakes import (
    BOT_ID,
    BOT_PERMISSIONS,
    CHANNEL_ID,
    EMBED_LINKS,
    GUILD_ID,
    OTHER_CHANNEL_ID,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeDiscord,
    option,
    reply_data,
    slash,
    text_of,
)
from discord_harness import Bot
from manual_clock import ManualClock

from bot.adapters.discord.commands import ADMIN_GROUP
from bot.core.types import GroupRef, Platform

HERE = GroupRef(platform=Platform.DISCORD, channel_id=str(CHANNEL_ID), space_id=str(GUILD_ID))
OTHER = GroupRef(
    platform=Platform.DISCORD, channel_id=str(OTHER_CHANNEL_ID), space_id=str(GUILD_ID)
)


async def ask(bot: Bot, fake: FakeDiscord, payload: dict[str, Any]) -> dict[str, Any]:
    before = len(fake.responses())
    bot.feed(payload)
    calls = await fake.wait_responses(before + 1)
    return reply_data(calls[before])


def schedule_other_channel(**kw: Any) -> dict[str, Any]:
    resolved = {
        "channels": {
            str(OTHER_CHANNEL_ID): {
                "id": str(OTHER_CHANNEL_ID),
                "type": 0,
                "name": "daily",
                "permissions": str(BOT_PERMISSIONS),  # the admin's, not the bot's
            }
        }
    }
    options = [option("time", "07:00"), option("channel", str(OTHER_CHANNEL_ID), kind=7)]
    return slash(ADMIN_GROUP, options, sub="schedule", admin=True, resolved=resolved, **kw)


async def test_missing_send_messages_here_is_refused_and_nothing_stored(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    payload = slash(
        ADMIN_GROUP,
        [option("time", "09:00")],
        sub="schedule",
        admin=True,
        app_permissions=BOT_PERMISSIONS & ~SEND_MESSAGES,
    )
    data = await ask(bot, fake, payload)
    said = text_of(data)
    assert "Send Messages" in said and f"<#{CHANNEL_ID}>" in said
    assert "View Channel" not in said and "Embed Links" not in said
    assert data["flags"] & 64  # ephemeral: only the admin sees it
    assert await bot.service.next_post_time(HERE, clock()) is None  # not scheduled
    # With the permission given, the same command goes through.
    assert "09:00" in text_of(
        await ask(bot, fake, slash(ADMIN_GROUP, [option("time", "09:00")], sub="schedule",
                                   admin=True))
    )  # fmt: skip
    assert await bot.service.next_post_time(HERE, clock()) is not None


async def test_showing_the_schedule_needs_no_permission(bot: Bot, fake: FakeDiscord) -> None:
    payload = slash(ADMIN_GROUP, sub="schedule", admin=True, app_permissions=0)
    assert "No schedule yet" in text_of(await ask(bot, fake, payload))


async def test_another_channel_is_checked_with_its_overwrites(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    # #daily is hidden from @everyone: the server's roles, the bot's member and
    # the overwrites come from REST; discord.py resolves them (no View Channel
    # means no sending either).
    hidden = {"id": str(GUILD_ID), "type": 0, "allow": "0", "deny": str(VIEW_CHANNEL)}
    fake.overwrites[OTHER_CHANNEL_ID] = [hidden]
    said = text_of(await ask(bot, fake, schedule_other_channel()))
    assert "View Channel, Send Messages, Embed Links" in said
    assert f"<#{OTHER_CHANNEL_ID}>" in said
    assert fake.find("GET", rf"/channels/{OTHER_CHANNEL_ID}")
    assert await bot.service.next_post_time(OTHER, clock()) is None
    # The bot may see it but not embed links: only that is named.
    bot_only = {"id": str(BOT_ID), "type": 1, "allow": str(VIEW_CHANNEL), "deny": str(EMBED_LINKS)}
    fake.overwrites[OTHER_CHANNEL_ID] = [hidden, bot_only]
    said = text_of(await ask(bot, fake, schedule_other_channel()))
    assert "Embed Links" in said and "View Channel" not in said and "Send Messages" not in said
    assert await bot.service.next_post_time(OTHER, clock()) is None
    # Allowed both: scheduled.
    bot_only.update(allow=str(VIEW_CHANNEL | EMBED_LINKS), deny="0")
    assert "07:00" in text_of(await ask(bot, fake, schedule_other_channel()))
    assert await bot.service.next_post_time(OTHER, clock()) is not None


async def test_a_channel_the_bot_cannot_see_is_refused(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    fake.fail_next(
        "GET", rf"/channels/{OTHER_CHANNEL_ID}", 403, {"code": 50001, "message": "Missing Access"}
    )
    said = text_of(await ask(bot, fake, schedule_other_channel()))
    assert "cannot see it" in said
    assert await bot.service.next_post_time(OTHER, clock()) is None


async def test_in_korean(bot: Bot, fake: FakeDiscord) -> None:
    payload = slash(
        ADMIN_GROUP,
        [option("time", "09:00")],
        sub="schedule",
        admin=True,
        locale="ko",
        app_permissions=BOT_PERMISSIONS & ~(VIEW_CHANNEL | EMBED_LINKS),
    )
    said = text_of(await ask(bot, fake, payload))
    assert "채널 보기, 링크 첨부" in said
