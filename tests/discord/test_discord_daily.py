"""The daily cycle end to end: the real APScheduler job posts to the channel an
admin configured, members answer with buttons, the next run reveals."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
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

from bot.adapters.discord.commands import ADMIN_GROUP
from bot.core.types import GroupRef, Platform
from bot.schedule import DailyScheduler, job_id

DAILY = GroupRef(
    platform=Platform.DISCORD, channel_id=str(OTHER_CHANNEL_ID), space_id=str(GUILD_ID)
)


async def fire_now(scheduler: DailyScheduler, key: str) -> JobExecutionEvent:
    """Make the real job due now and let the real scheduler run it."""
    done: asyncio.Future[JobExecutionEvent] = asyncio.get_running_loop().create_future()

    def listener(event: JobExecutionEvent) -> None:
        if event.job_id == key and not done.done():
            done.set_result(event)

    scheduler.aps.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    try:
        scheduler.aps.modify_job(key, next_run_time=datetime.now(UTC))
        scheduler.aps.wakeup()
        return await asyncio.wait_for(done, 5)
    finally:
        scheduler.aps.remove_listener(listener)


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
    # Planned by the injected clock (10:00 in Seoul): today's 11:00, whatever the date.
    assert bot.scheduler.next_post_time(DAILY) == utc(2026, 11, 27, 2, 0)
    assert fake.find("POST", r"/channels/\d+/messages") == []  # nothing before its time

    clock.now = utc(2026, 11, 27, 2, 0)
    event = await fire_now(bot.scheduler, job_id(DAILY))
    assert event.exception is None
    [post] = fake.find("POST", r"/channels/\d+/messages")
    assert post.path == f"/channels/{OTHER_CHANNEL_ID}/messages"
    assert post.body["embeds"][0]["title"] == "Question of the day (2026-11-27)"
    message = fake.messages[max(fake.messages)]

    # A member answers from the daily channel.
    bot.feed(click(message, custom_ids(message)[0], user_id=301))
    [_, feedback] = await fake.wait_responses(2)
    assert "Right!" in text_of(reply_data(feedback))

    # Next day's run reveals yesterday's post (buttons removed) and posts anew.
    clock.now += timedelta(days=1)
    await fire_now(bot.scheduler, job_id(DAILY))
    [edit] = fake.find("PATCH", rf"/channels/{OTHER_CHANNEL_ID}/messages/{message['id']}")
    assert edit.body["components"] == []
    assert "1 of 1 right (100%)" in text_of(edit.body)
    posts = fake.find("POST", rf"/channels/{OTHER_CHANNEL_ID}/messages")
    assert [p.body["embeds"][0]["title"] for p in posts] == [
        "Question of the day (2026-11-27)",
        "Question of the day (2026-11-28)",
    ]
