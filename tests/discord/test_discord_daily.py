"""The daily cycle end to end: the real APScheduler tick job posts to the channel
an admin configured, members answer with buttons, the next day's tick reveals."""

from __future__ import annotations

from datetime import timedelta

from discord_fakes import (
    GUILD_ID,
    OTHER_CHANNEL_ID,
    FakeDiscord,
    click,
    custom_ids,
    option,
    reply_data,
    slash,
    text_of,
)
from discord_harness import Bot, utc
from manual_clock import ManualClock
from tick_driver import run_tick_job

from bot.adapters.discord.commands import ADMIN_GROUP
from bot.core.types import GroupRef, Platform

DAILY = GroupRef(
    platform=Platform.DISCORD, channel_id=str(OTHER_CHANNEL_ID), space_id=str(GUILD_ID)
)


async def test_scheduled_post_reaches_the_configured_channel(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    await bot.scheduler.start()
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
    bot.feed(
        slash(
            ADMIN_GROUP,
            [
                option("time", "11:00"),
                option("timezone", "Asia/Seoul"),
                option("channel", str(OTHER_CHANNEL_ID), kind=7),
            ],
            sub="schedule",
            admin=True,
            resolved=resolved,
        )
    )
    [answer] = await fake.wait_responses(1)
    assert "11:00 (Asia/Seoul)" in text_of(reply_data(answer))
    # Planned by the core from the injected clock (10:00 in Seoul): today's 11:00.
    assert await bot.service.next_post_time(DAILY, clock()) == utc(2026, 11, 27, 2, 0)
    # ... and the scheduler's next tick is planned for it.
    assert (await run_tick_job(bot.scheduler)).next_wake == utc(2026, 11, 27, 2, 0)
    assert fake.find("POST", r"/channels/\d+/messages") == []  # nothing before its time

    clock.set(utc(2026, 11, 27, 2, 0))
    assert (await run_tick_job(bot.scheduler)).done["posts"] == 1
    [post] = fake.find("POST", r"/channels/\d+/messages")
    assert post.path == f"/channels/{OTHER_CHANNEL_ID}/messages"
    assert post.body["embeds"][0]["title"] == "Question of the day (2026-11-27)"
    message = fake.messages[max(fake.messages)]

    # A member answers from the daily channel.
    bot.feed(click(message, custom_ids(message)[0], user_id=301))
    [_, feedback] = await fake.wait_responses(2)
    assert "Right!" in text_of(reply_data(feedback))

    # Next day's run reveals yesterday's post (buttons removed) and posts anew.
    clock.advance(timedelta(days=1))
    await run_tick_job(bot.scheduler)
    [edit] = fake.find("PATCH", rf"/channels/{OTHER_CHANNEL_ID}/messages/{message['id']}")
    assert edit.body["components"] == []
    assert "1 of 1 right (100%)" in text_of(edit.body)
    posts = fake.find("POST", rf"/channels/{OTHER_CHANNEL_ID}/messages")
    assert [p.body["embeds"][0]["title"] for p in posts] == [
        "Question of the day (2026-11-27)",
        "Question of the day (2026-11-28)",
    ]
