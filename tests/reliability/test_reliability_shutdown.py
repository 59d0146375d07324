"""Stopping the bot (SIGTERM, Ctrl-C) in the middle of a daily fan-out lets the
posts already under way finish: none is left sent-but-not-marked (which the
next start-up would send a second time), and no tick dies with CancelledError."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from reliability_support import SLOT, RecordingOutbox, open_app, query

from bot.adapters.shell_clock import ShellClock
from bot.core.types import Command, GroupRef, Member, Platform, Reply

GROUPS = 300
ADMIN = Member(user_id="admin", is_admin=True, locale="en")


class RateLimitedOutbox(RecordingOutbox):
    """A platform that takes posts one at a time, 2 ms each (as a rate limit does):
    300 posts take over half a second, so close() surely lands mid-fan-out."""

    def __init__(self) -> None:
        super().__init__()
        self._one_at_a_time = asyncio.Lock()

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        async with self._one_at_a_time:
            await asyncio.sleep(0.002)
            return await super().post(group, reply)


async def test_closing_during_a_fan_out_lets_running_posts_finish(
    db_target: Path | str, caplog: pytest.LogCaptureFixture
) -> None:
    db = db_target
    clock = ShellClock(SLOT - timedelta(minutes=5))
    app, _ = await open_app(db, clock)
    outbox = RateLimitedOutbox()
    app.outboxes[Platform.SHELL] = outbox
    for i in range(GROUPS):
        group = GroupRef(platform=Platform.SHELL, channel_id=f"g{i}")
        await app.service.handle(
            Command(name="schedule", args="09:00", group=group, member=ADMIN, at=clock())
        )
    await app.start()
    clock.set(SLOT)
    app.scheduler.wake()  # the real tick job runs the fan-out
    async with asyncio.timeout(30):
        await outbox.posted.wait()  # the fan-out is under way
    sent_before_close = len(outbox.posts)
    with caplog.at_level(logging.ERROR):
        await app.close()  # what SIGTERM leads to
    assert sent_before_close < GROUPS, "the fan-out was over before close(): nothing tested"
    [(claimed, delivered)] = await query(db, "SELECT COUNT(*), SUM(delivered) FROM daily_posts")
    assert claimed == delivered == len(outbox.posts), (claimed, delivered, len(outbox.posts))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text[-2000:]
