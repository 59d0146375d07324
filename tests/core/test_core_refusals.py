"""A platform's permanent refusal pauses the group with its reason and tells
the admin who set the schedule, once; lifting the pause sends today's refused
post if its window is open, never twice. A transient failure is resent by the
tick, once per lease, delivered once."""

from __future__ import annotations

from datetime import timedelta

from core_fakes import SHELL_ROOM, Harness, utc

from bot.core.records import GroupDefaults
from bot.core.types import GroupRef, Platform, ReplyKind

SLOT = utc(2026, 11, 26, 0, 0)  # 09:00 in Seoul


async def refused_at_slot(h: Harness, reason: str = "channel gone") -> None:
    await h.cmd("schedule", "09:00 Asia/Seoul", user="ada", at=SLOT - timedelta(hours=1))
    h.outbox.refuse = reason
    report = await h.svc.tick(SLOT)
    assert report.done["posts"] == 0 and h.outbox.posts == []


async def test_a_refused_post_pauses_the_group_and_is_not_retried(harness: Harness) -> None:
    h = harness
    await refused_at_slot(h)
    shown = await h.cmd("schedule", at=SLOT + timedelta(minutes=5))
    assert "channel gone" in shown.text
    for hours in (1, 25, 49):  # no resends, no new posts while paused
        later = await h.svc.tick(SLOT + timedelta(hours=hours))
        assert later.done["resends"] == 0 and later.done["posts"] == 0
    assert h.outbox.attempts == 1
    reply = await h.cmd("post-now", at=SLOT + timedelta(hours=50))
    assert reply.kind is ReplyKind.ERROR and "channel gone" in reply.text
    h.outbox.refuse = None
    # Resumed on 28 November at 11:00: that day's post (refused by post-now) goes out.
    await h.cmd("resume", at=SLOT + timedelta(hours=50))
    assert "channel gone" not in (await h.cmd("schedule", at=SLOT + timedelta(hours=50))).text
    assert len(h.outbox.questions()) == 1
    await h.svc.tick(SLOT + timedelta(days=3))
    assert len(h.outbox.questions()) == 2


async def test_the_admin_who_set_the_schedule_is_told_once(harness: Harness) -> None:
    h = harness
    await refused_at_slot(h, "missing permissions in the channel (Discord 403, 50013)")
    [(group, member, notice)] = h.outbox.directs
    assert member == "ada" and group.channel_id == "room"
    assert "missing permissions in the channel (Discord 403, 50013)" in notice.text
    assert "#room" in notice.text and "resume" in notice.text
    # Refused again while paused (post-now, the next days): nobody is told again.
    for hours in (1, 26):
        assert "50013" in (await h.cmd("post-now", at=SLOT + timedelta(hours=hours))).text
    assert len(h.outbox.directs) == 1
    # Resumed, then refused again: a new pause, told once more.
    await h.cmd("resume", at=SLOT + timedelta(days=2))
    await h.svc.tick(SLOT + timedelta(days=3))
    assert len(h.outbox.directs) == 2


async def test_resumed_the_same_day_posts_the_refused_question_once(harness: Harness) -> None:
    h = harness
    await refused_at_slot(h)
    h.outbox.refuse = None
    reply = await h.cmd("resume", at=SLOT + timedelta(hours=1))
    assert reply.kind is ReplyKind.TEXT
    [question] = h.outbox.questions()
    assert question.title is not None and "2026-11-26" in question.title
    assert h.store is not None
    group = await h.store.ensure_group(SHELL_ROOM, GroupDefaults())
    post = await h.store.latest_post(group.id)
    assert post is not None and post.posted_at == SLOT + timedelta(hours=1)  # times count from here
    for hours in (1, 2, 23):  # the tick neither resends it nor posts the day again
        await h.svc.tick(SLOT + timedelta(hours=hours))
    assert len(h.outbox.questions()) == 1
    await h.svc.tick(SLOT + timedelta(days=1))  # the next day as usual
    assert len(h.outbox.questions()) == 2


async def test_scheduled_again_after_the_time_posts_today_once(harness: Harness) -> None:
    h = harness
    await refused_at_slot(h)
    h.outbox.refuse = None
    # Two days later at 10:00 Seoul the admin fixes the channel and sets the
    # schedule again: today's 09:00 went by while paused, and goes out now.
    at = SLOT + timedelta(days=2, hours=1)
    await h.cmd("schedule", "09:00 Asia/Seoul", user="bob", at=at)
    [question] = h.outbox.questions()
    assert question.title is not None and "2026-11-28" in question.title
    await h.svc.tick(at + timedelta(minutes=5))
    await h.svc.tick(at + timedelta(hours=12))
    assert len(h.outbox.questions()) == 1
    # bob set it last: he is the one told of the next refusal.
    h.outbox.refuse = "gone again"
    await h.svc.tick(SLOT + timedelta(days=3))
    assert [member for _, member, _ in h.outbox.directs] == ["ada", "bob"]


async def test_resumed_before_the_time_posts_at_the_time(harness: Harness) -> None:
    h = harness
    await refused_at_slot(h)
    h.outbox.refuse = None
    # The next morning at 08:00: the refused day is over, today's slot is ahead.
    await h.cmd("resume", at=SLOT + timedelta(hours=23))
    assert h.outbox.questions() == []
    await h.svc.tick(SLOT + timedelta(hours=23, minutes=30))
    assert h.outbox.questions() == []
    await h.svc.tick(SLOT + timedelta(days=1))
    [question] = h.outbox.questions()
    assert question.title is not None and "2026-11-27" in question.title


async def test_a_refusal_on_resume_keeps_the_group_paused(harness: Harness) -> None:
    h = harness
    await refused_at_slot(h)
    reply = await h.cmd("resume", at=SLOT + timedelta(hours=1))
    assert reply.kind is ReplyKind.ERROR and "channel gone" in reply.text
    assert "channel gone" in (await h.cmd("schedule", at=SLOT + timedelta(hours=1))).text
    assert h.outbox.questions() == []


async def test_a_transient_failure_is_resent_once_per_lease(harness: Harness) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=SLOT - timedelta(hours=1))
    h.outbox.fail_posts = 2
    await h.svc.tick(SLOT)
    assert (await h.svc.tick(SLOT + timedelta(seconds=30))).done["resends"] == 0  # lease held
    assert (await h.svc.tick(SLOT + timedelta(minutes=1))).done["resends"] == 1  # fails again
    assert (await h.svc.tick(SLOT + timedelta(minutes=2))).done["resends"] == 1  # delivered
    assert (await h.svc.tick(SLOT + timedelta(minutes=3))).done["resends"] == 0
    assert len(h.outbox.questions()) == 1 and h.outbox.attempts == 3


async def test_a_space_the_bot_left_has_its_groups_paused(harness: Harness) -> None:
    h = harness
    mine, other = (
        GroupRef(platform=Platform.SLACK, channel_id=c, space_id=s)
        for c, s in (("C1", "T1"), ("C2", "T2"))
    )
    for group in (mine, other):
        await h.cmd("schedule", "09:00 Asia/Seoul", group=group, at=SLOT - timedelta(hours=1))
    assert await h.svc.space_removed(Platform.SLACK, "T1", "app uninstalled") == 1
    assert await h.svc.space_removed(Platform.SLACK, "T1", "again") == 0  # already paused
    shown = await h.cmd("schedule", group=mine, at=SLOT - timedelta(minutes=30))
    assert "app uninstalled" in shown.text
    assert await h.svc.next_post_time(mine, SLOT) is None
    assert await h.svc.next_post_time(other, SLOT) == SLOT


async def test_a_failing_platform_is_retried_with_backoff_and_delivered_once(
    harness: Harness,
) -> None:
    h = harness
    await h.cmd("schedule", "09:00 Asia/Seoul", at=SLOT - timedelta(hours=1))
    h.outbox.fail_posts = 5
    resent_at = []
    for minute in range(40):
        report = await h.svc.tick(SLOT + timedelta(minutes=minute))
        if report.done["resends"]:
            resent_at.append(minute)
    assert resent_at == [1, 2, 4, 8, 16]  # waits double, from the first attempt
    assert len(h.outbox.questions()) == 1 and h.outbox.attempts == 6
