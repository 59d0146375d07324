"""Permanent refusals by Discord (403 missing permissions/access, 404 unknown
channel) pause the group with the reason instead of claiming a post; a 5xx is
retried by the core's resends and delivered exactly once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from discord_fakes import CHANNEL_ID, FakeDiscord, option, reply_data, slash, text_of
from discord_harness import Bot
from manual_clock import ManualClock

from bot.adapters.discord.commands import ADMIN_GROUP

POSTS = rf"/channels/{CHANNEL_ID}/messages"  # the group's channel (DMs go elsewhere)


async def ask(bot: Bot, fake: FakeDiscord, payload: dict[str, Any]) -> str:
    before = len(fake.responses())
    bot.feed(payload)
    calls = await fake.wait_responses(before + 1)
    return text_of(reply_data(calls[before]))


@pytest.mark.parametrize(
    ("status", "code", "reason"),
    [
        (403, 50013, "missing permissions in the channel"),
        (403, 50001, "no access to the channel"),
        (404, 10003, "unknown channel"),
    ],
)
async def test_a_permanent_refusal_pauses_the_group_with_its_reason(
    bot: Bot, fake: FakeDiscord, clock: ManualClock, status: int, code: int, reason: str
) -> None:
    scheduled = slash(ADMIN_GROUP, [option("time", "23:00")], sub="schedule", admin=True)
    assert "23:00" in await ask(bot, fake, scheduled)
    fake.fail_next("POST", POSTS, status, {"code": code, "message": "no"})
    said = await ask(bot, fake, slash(ADMIN_GROUP, sub="post-now", admin=True))
    assert reason in said and "paused" in said and "posted" not in said.lower()
    # The admin who set the schedule (user 101) is told by DM: reason and fix.
    [opened] = await fake.wait_for("POST", "/users/@me/channels")
    assert str(opened.body["recipient_id"]) == "101"
    [_, dm] = await fake.wait_for("POST", r"/channels/\d+/messages", count=2)
    assert reason in dm.body["content"] and f"#{CHANNEL_ID}" in dm.body["content"]
    assert "Send Messages" in dm.body["content"] and "schedule" in dm.body["content"]
    shown = await ask(bot, fake, slash(ADMIN_GROUP, sub="schedule", admin=True))
    assert f"paused (the platform refused the post: {reason}" in shown
    # Nothing retries it: a day later no post is attempted while paused.
    clock.advance(timedelta(days=1))
    await bot.scheduler.tick_now()
    assert len(fake.find("POST", POSTS)) == 1  # the refused attempt
    assert len(fake.find("POST", "/users/@me/channels")) == 1  # told once
    # Resumed (the admin fixed the channel): the next day's post goes out.
    assert "resumed" in (await ask(bot, fake, slash(ADMIN_GROUP, sub="resume", admin=True)))
    assert "paused" not in await ask(bot, fake, slash(ADMIN_GROUP, sub="schedule", admin=True))
    clock.advance(timedelta(days=1))
    await bot.scheduler.tick_now()
    assert len(in_channel(fake)) == 1


def in_channel(fake: FakeDiscord) -> list[dict[str, Any]]:
    return [m for m in fake.messages.values() if m["channel_id"] == str(CHANNEL_ID)]


async def test_a_server_error_is_retried_and_delivered_once(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    fake.fail_next("POST", POSTS, 503, {"message": "unavailable"})
    await ask(bot, fake, slash(ADMIN_GROUP, sub="post-now", admin=True))
    assert fake.messages == {}
    clock.advance(timedelta(minutes=2))  # past the resend lease
    report = await bot.scheduler.tick_now()
    assert report.done["resends"] == 1
    clock.advance(timedelta(minutes=2))
    assert (await bot.scheduler.tick_now()).done["resends"] == 0
    assert len(fake.messages) == 1 and len(fake.find("POST", POSTS)) == 2


async def schedule_at_eleven(bot: Bot, fake: FakeDiscord, clock: ManualClock) -> None:
    """Schedule 23:00 (the clock says 10:00 in Seoul), then move to 23:00."""
    scheduled = slash(ADMIN_GROUP, [option("time", "23:00")], sub="schedule", admin=True)
    assert "23:00" in await ask(bot, fake, scheduled)
    clock.advance(timedelta(hours=13))


async def test_a_rate_limited_daily_post_waits_and_is_delivered_once(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    await schedule_at_eleven(bot, fake, clock)
    fake.fail_next("POST", POSTS, 429, {"retry_after": 0.01, "global": False, "message": "slow"})
    report = await bot.scheduler.tick_now()
    assert report.done["posts"] == 1  # discord.py waited out retry_after itself
    assert len(fake.find("POST", POSTS)) == 2 and len(in_channel(fake)) == 1


async def test_a_lost_response_is_resent_and_appears_once(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    """The post reached Discord but its answer never came back (a timeout, a
    dropped connection): the resend carries the same nonce, so Discord gives
    back the message it already made instead of a second one. (Here the bot
    may not read the channel's history, so the nonce alone keeps it once.)"""
    await schedule_at_eleven(bot, fake, clock)
    fake.history_forbidden = True
    fake.lost.append(("POST", POSTS))
    await bot.scheduler.tick_now()
    assert len(in_channel(fake)) == 1  # made, but the bot could not know
    for _ in range(3):
        clock.advance(timedelta(minutes=1))
        await bot.scheduler.tick_now()
    assert len(fake.find("POST", POSTS)) == 2 and len(in_channel(fake)) == 1
    clock.advance(timedelta(minutes=10))
    assert (await bot.scheduler.tick_now()).done["resends"] == 0  # delivered: done


async def test_a_resend_after_the_nonce_expired_finds_the_post_instead(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    """The answer was lost and the resend comes after Discord forgot the nonce
    (it keeps one only a few minutes: a long timeout, a restart): the channel's
    latest messages are looked through for the post's buttons first."""
    await schedule_at_eleven(bot, fake, clock)
    fake.lost.append(("POST", POSTS))
    await bot.scheduler.tick_now()
    fake.forget_nonces()
    clock.advance(timedelta(minutes=1))
    await bot.scheduler.tick_now()
    assert len(fake.find("POST", POSTS)) == 1 and len(in_channel(fake)) == 1
    assert len(fake.find("GET", POSTS)) == 1  # looked, found, delivered
    [message] = in_channel(fake)
    clock.advance(timedelta(minutes=10))
    assert (await bot.scheduler.tick_now()).done["resends"] == 0
    clock.advance(timedelta(days=1))  # the reveal edits that very message
    await bot.scheduler.tick_now()
    assert fake.find("PATCH", rf"{POSTS}/{message['id']}")


async def test_without_read_message_history_a_resend_still_goes_out(
    bot: Bot, fake: FakeDiscord, clock: ManualClock
) -> None:
    await schedule_at_eleven(bot, fake, clock)
    fake.fail_next("POST", POSTS, 503, {"message": "unavailable"})
    fake.history_forbidden = True
    await bot.scheduler.tick_now()
    clock.advance(timedelta(minutes=1))
    await bot.scheduler.tick_now()
    assert len(fake.find("GET", POSTS)) == 1 and len(in_channel(fake)) == 1
